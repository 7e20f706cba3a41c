/**
 * Loads a user project's spec entries (every `*.ts` under its specs folder, `specs/portal/`
 * included): methods of the portal's own modules, custom fields on shipped entities and smart
 * processes. Each is validated as the shipped specs are, and checked against what b24kit ships
 * (read from the installed @b24kit/mock, not a copy): a method or field that collides says so.
 * Every issue names the file with the line, the field path, what was expected and what came.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import {
  type CustomFieldsEntry,
  describeValue,
  isPortalEntry,
  type MethodSpec,
  parseMethodSpec,
  parsePortalEntry,
  type SmartProcessEntry,
  type SpecIssue,
  SpecValidationError,
} from '@b24kit/spec'
import { compareCodeUnits } from '../naming.js'
import { buildMockTable } from './emit-project.js'
import { importProjectModules } from './load-modules.js'
import { locateLine } from './locate-line.js'

/** What the installed packages ship, as far as a project's entries can collide with it. */
export interface ShippedFacts {
  /** Method names, lower-case. */
  methods: ReadonlySet<string>
  /** Entities that hold custom fields, with their typed field names (UPPER_CASE) and client type name. */
  entities: Readonly<Record<string, { fields: ReadonlySet<string>; typeName: string }>>
  /** entityTypeIds of the system entities (contact 3, deal 2, ...). */
  entityTypeIds: ReadonlySet<number>
  /** Record type names the client exports (`Contact`, `DealItem`, ...). */
  typeNames: ReadonlySet<string>
}

/** A project's entries, each with the file it came from (relative to the project). */
export interface ProjectSet {
  methods: { file: string; spec: MethodSpec }[]
  customFields: { file: string; entry: CustomFieldsEntry }[]
  smartProcesses: { file: string; entry: SmartProcessEntry }[]
}

const toPascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1)

/** Reads the shipped facts off the installed @b24kit/mock. */
export async function readShippedFacts(): Promise<ShippedFacts> {
  const { shippedEntityTable, shippedMethodTable } = await import('@b24kit/mock')
  const entities: Record<string, { fields: ReadonlySet<string>; typeName: string }> = {}
  const typeNames = new Set<string>()
  const entityTypeIds = new Set<number>()
  for (const entity of Object.values(shippedEntityTable)) {
    if (entity.entityTypeId !== undefined) entityTypeIds.add(entity.entityTypeId)
    if (entity.fields) for (const suffix of ['', 'Item', 'Fields', 'ItemFields']) typeNames.add(`${toPascal(entity.name)}${suffix}`)
    if (entity.userFields)
      entities[entity.name] = { fields: new Set((entity.fields ?? []).map((f) => f.name)), typeName: toPascal(entity.name) }
  }
  return { methods: new Set(Object.keys(shippedMethodTable).map((name) => name.toLowerCase())), entities, entityTypeIds, typeNames }
}

/** Every `*.ts` below `dir`, in code-unit order of their paths. */
async function listSpecFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name))
    .sort(compareCodeUnits)
}

/** Adds the line to each issue's file (`specs/portal/contact-fields.ts:14`). */
async function withLines(root: string, issues: SpecIssue[]): Promise<SpecIssue[]> {
  const texts = new Map<string, string>()
  const out: SpecIssue[] = []
  for (const issue of issues) {
    if (/:\d+(:\d+)?$/.test(issue.file)) {
      out.push(issue)
      continue
    }
    let text = texts.get(issue.file)
    if (text === undefined) {
      text = await readFile(join(root, issue.file), 'utf8').catch(() => '')
      texts.set(issue.file, text)
    }
    const line = text ? locateLine(text, issue.path) : undefined
    out.push(line ? { ...issue, file: `${issue.file}:${line}` } : issue)
  }
  return out
}

type Check = (path: string, expected: string, received: unknown) => void

function checkMethod(spec: MethodSpec, file: string, add: Check): void {
  const base = file.split('/').pop()
  if (base !== `${spec.method}.ts`) add('method', `the file's name without .ts (${base})`, spec.method)
  if (spec.operation.kind !== 'example')
    add('operation.kind', '"example" (a project method is example-backed: the mock answers its examples)', spec.operation.kind)
}

function checkCustomFields(entry: CustomFieldsEntry, shipped: ShippedFacts, seen: Map<string, string>, file: string, add: Check): void {
  const entity = shipped.entities[entry.entity]
  if (!entity) {
    add('entity', `an entity that holds custom fields: one of ${Object.keys(shipped.entities).sort().join(', ')}`, entry.entity)
    return
  }
  for (const [i, field] of entry.fields.entries()) {
    if (entity.fields.has(field.name)) add(`fields[${i}].name`, `a name ${entry.entity} does not ship`, field.name)
    const key = `${entry.entity}.${field.name}`
    const other = seen.get(key)
    if (other) add(`fields[${i}].name`, `a name not declared already (${other} declares it)`, field.name)
    else seen.set(key, file)
    const ids = new Set<number>()
    for (const [j, item] of (field.items ?? []).entries()) {
      if (ids.has(item.id)) add(`fields[${i}].items[${j}].id`, 'an id no other item of the field has', item.id)
      ids.add(item.id)
    }
  }
}

function checkSmartProcess(entry: SmartProcessEntry, shipped: ShippedFacts, seen: Map<string, string>, file: string, add: Check): void {
  if (shipped.entityTypeIds.has(entry.entityTypeId)) add('entityTypeId', 'an id no system entity has', entry.entityTypeId)
  const other = seen.get(`id:${entry.entityTypeId}`)
  if (other) add('entityTypeId', `an id not declared already (${other} declares it)`, entry.entityTypeId)
  seen.set(`id:${entry.entityTypeId}`, file)
  for (const name of [entry.typeName, `${entry.typeName}Item`])
    if (shipped.typeNames.has(name)) add('typeName', `a name the client does not export (${name} is shipped)`, entry.typeName)
  const otherName = seen.get(`name:${entry.typeName}`)
  if (otherName) add('typeName', `a name not used already (${otherName} uses it)`, entry.typeName)
  seen.set(`name:${entry.typeName}`, file)
}

/** Loads, validates and checks the project's entries; throws SpecValidationError listing every issue. */
export async function loadProject(root: string, specsDir: string, shipped: ShippedFacts): Promise<ProjectSet> {
  const absRoot = resolve(root)
  const files = await listSpecFiles(resolve(absRoot, specsDir))
  const label = (file: string) => relative(absRoot, file).split('\\').join('/')
  const modules = await importProjectModules(absRoot, files)
  const set: ProjectSet = { methods: [], customFields: [], smartProcesses: [] }
  const issues: SpecIssue[] = []
  const seen = new Map<string, string>()
  for (const { file: abs, value } of modules) {
    const file = label(abs)
    const add: Check = (path, expected, received) => issues.push({ file, path, expected, received: describeValue(received) })
    if (value === undefined) {
      add('', 'a default export made with defineMethod(), defineCustomFields() or defineSmartProcess()', undefined)
      continue
    }
    if (isPortalEntry(value)) {
      const parsed = parsePortalEntry(file, value)
      if (!parsed.ok) {
        issues.push(...parsed.issues)
        continue
      }
      if (parsed.value.kind === 'customFields') {
        checkCustomFields(parsed.value, shipped, seen, file, add)
        set.customFields.push({ file, entry: parsed.value })
      } else {
        checkSmartProcess(parsed.value, shipped, seen, file, add)
        set.smartProcesses.push({ file, entry: parsed.value })
      }
      continue
    }
    const method = (value as { method?: unknown }).method
    // Named like a shipped method: that is the news, whatever else the entry says.
    if (typeof method === 'string' && shipped.methods.has(method.toLowerCase())) {
      add('method', 'a method b24kit does not ship (add custom fields to a shipped entity instead)', method)
      continue
    }
    const parsed = parseMethodSpec(file, value)
    if (!parsed.ok) {
      issues.push(...parsed.issues)
      continue
    }
    checkMethod(parsed.value, file, add)
    set.methods.push({ file, spec: parsed.value })
  }
  if (issues.length) throw new SpecValidationError(await withLines(absRoot, issues))
  return set
}

/**
 * The mock table of the project whose spec entries are in `specsDir` (relative to `root`): what
 * `b24kit-mock --specs <folder>` serves beside the shipped methods.
 */
export async function loadMockTable(root: string, specsDir: string) {
  return buildMockTable(await loadProject(root, specsDir, await readShippedFacts()))
}
