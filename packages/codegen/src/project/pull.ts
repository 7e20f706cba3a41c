/**
 * `b24kit pull`: reads one portal's own facts and writes them as spec entries under
 * `specs/portal/`: the custom fields of each CRM entity (crm.<entity>.userfield.list, with list
 * items) and the smart processes (crm.type.list, then crm.item.fields for each one's `ufCrm...`
 * fields). It prints what changed since the last pull, and writes nothing with `dryRun`. The
 * webhook code or token is only ever sent to the portal: never written, printed or thrown.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import type { B24Transport } from '@b24kit/client'
import { type CustomFieldSpec, type ItemCustomFieldSpec, type PortalEntry, parsePortalEntry, type SmartProcessEntry } from '@b24kit/spec'
import { printLiteral } from '../emitters/client/literal.js'
import { compareCodeUnits } from '../naming.js'
import { importProjectModules } from './load-modules.js'
import type { ShippedFacts } from './load-project.js'

/** Where the portal is and how to call it. */
export type PortalAccess = { webhookUrl: string } | { portalUrl: string; accessToken: string }

export interface PullOptions {
  root: string
  specsDir: string
  access: PortalAccess
  shipped: ShippedFacts
  /** The language of the field labels written (default `en`). */
  lang?: string
  dryRun?: boolean
  /** Told each line of the report. */
  print: (line: string) => void
  /** The transport to use instead of a client made from `access` (tests). */
  transport?: B24Transport
}

type Row = Record<string, unknown>
const asRows = (value: unknown): Row[] =>
  Array.isArray(value) ? (value as Row[]) : value && typeof value === 'object' ? (Object.values(value) as Row[]) : []
const asText = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined)

/** Every page of a list method (following `next`). */
async function listAll(transport: B24Transport, method: string, params: object, pick: (result: unknown) => Row[]): Promise<Row[]> {
  const rows: Row[] = []
  let start: number | undefined = 0
  while (start !== undefined) {
    const answer: { result: unknown; next?: number } = await transport.request(method, { ...params, start })
    rows.push(...pick(answer.result))
    start = answer.next
  }
  return rows
}

/** A crm.<entity>.userfield.list row as a field of the entry. */
function toCustomField(row: Row): CustomFieldSpec {
  const type = String(row.USER_TYPE_ID) as CustomFieldSpec['type']
  const items = type === 'enumeration' ? asRows(row.LIST).map((i) => ({ id: Number(i.ID), value: String(i.VALUE) })) : undefined
  const label = asText(row.EDIT_FORM_LABEL) ?? asText(row.LIST_COLUMN_LABEL)
  return {
    id: Number(row.ID),
    name: String(row.FIELD_NAME),
    type,
    ...(row.MULTIPLE === 'Y' ? { multiple: true } : {}),
    ...(row.MANDATORY === 'Y' ? { mandatory: true } : {}),
    ...(label && label !== row.FIELD_NAME ? { label } : {}),
    ...(items ? { items } : {}),
  }
}

/** crm.item.fields' `ufCrm...` fields of a smart process as fields of its entry. */
function toItemFields(fields: Row): ItemCustomFieldSpec[] {
  return Object.entries(fields)
    .filter(([name]) => name.startsWith('ufCrm'))
    .map(([name, f]) => {
      const type = String((f as Row).type) as ItemCustomFieldSpec['type']
      const items = type === 'enumeration' ? asRows((f as Row).items).map((i) => ({ id: Number(i.ID), value: String(i.VALUE) })) : undefined
      return { name, type, ...((f as Row).isMultiple ? { multiple: true } : {}), ...(items ? { items } : {}) }
    })
}

/** A TypeScript name for a smart process: its title in PascalCase where it is Latin, else by its id. */
export function toTypeName(title: string, entityTypeId: number, taken: ReadonlySet<string>): string {
  const words = title.match(/[A-Za-z0-9]+/g) ?? []
  const base = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')
  const name = /^[A-Z]/.test(base) ? base : `SmartProcess${entityTypeId}`
  return taken.has(name) || taken.has(`${name}Item`) ? `${name}${entityTypeId}` : name
}

/** Reads the portal: one entry per entity with custom fields, one per smart process. */
async function readPortal(
  transport: B24Transport,
  shipped: ShippedFacts,
  lang: string,
  print: (line: string) => void,
): Promise<Map<string, PortalEntry>> {
  const entries = new Map<string, PortalEntry>()
  for (const entity of Object.keys(shipped.entities).sort()) {
    const method = `crm.${entity}.userfield.list`
    const rows = await listAll(transport, method, { order: { SORT: 'ASC', ID: 'ASC' }, filter: { LANG: lang } }, asRows).catch(
      (error: { code?: string }) => {
        if (error.code === 'ERROR_METHOD_NOT_FOUND') {
          print(`  (the portal has no ${method}: skipped)`)
          return undefined
        }
        throw error
      },
    )
    if (rows?.length) entries.set(`${entity}-fields.ts`, { kind: 'customFields', entity, fields: rows.map(toCustomField) })
  }
  const types = await listAll(transport, 'crm.type.list', { order: { entityTypeId: 'ASC' } }, (r) => asRows((r as Row).types))
  const taken = new Set(shipped.typeNames)
  for (const type of types) {
    const entityTypeId = Number(type.entityTypeId)
    const answer = await transport.request<{ fields?: Row }>('crm.item.fields', { entityTypeId })
    const typeName = toTypeName(String(type.title), entityTypeId, taken)
    taken.add(typeName)
    const entry: SmartProcessEntry = {
      kind: 'smartProcess',
      entityTypeId,
      title: String(type.title),
      ...(asText(type.code) ? { code: String(type.code) } : {}),
      typeName,
      fields: toItemFields(answer.result.fields ?? {}),
    }
    entries.set(`smart-process-${entityTypeId}.ts`, entry)
  }
  return entries
}

/** The entry file's text: an import and the data, with a note on where it came from. */
export function printEntryFile(entry: PortalEntry): string {
  const { kind: _kind, ...data } = entry
  const helper = entry.kind === 'customFields' ? 'defineCustomFields' : 'defineSmartProcess'
  const source =
    entry.kind === 'customFields'
      ? `crm.${entry.entity}.userfield.list`
      : `crm.type.list and crm.item.fields (entityTypeId ${entry.entityTypeId})`
  return [
    `// Pulled by \`b24kit pull\` from the portal's ${source}.`,
    '// `b24kit pull` rewrites this file; keep your own entries in other files.',
    `import { ${helper} } from '@b24kit/spec'`,
    '',
    `export default ${helper}(${printLiteral(data)})`,
    '',
  ].join('\n')
}

/** What changed between two pulls, one line each (`+`, `-`, `~`). */
export function describeChanges(before: ReadonlyMap<string, PortalEntry>, after: ReadonlyMap<string, PortalEntry>): string[] {
  const lines: string[] = []
  const keyed = (entries: ReadonlyMap<string, PortalEntry>) => {
    const out = new Map<string, { what: string; value: string }>()
    for (const entry of entries.values()) {
      if (entry.kind === 'customFields')
        for (const f of entry.fields)
          out.set(`${entry.entity} ${f.name}`, { what: `${entry.entity} field ${f.name} (${f.type})`, value: JSON.stringify(f) })
      else {
        const { fields, ...type } = entry
        out.set(`type ${entry.entityTypeId}`, { what: `smart process ${entry.entityTypeId} "${entry.title}"`, value: JSON.stringify(type) })
        for (const f of fields)
          out.set(`type ${entry.entityTypeId} ${f.name}`, {
            what: `smart process ${entry.entityTypeId} field ${f.name} (${f.type})`,
            value: JSON.stringify(f),
          })
      }
    }
    return out
  }
  const was = keyed(before)
  const now = keyed(after)
  for (const key of [...new Set([...was.keys(), ...now.keys()])].sort(compareCodeUnits)) {
    const a = was.get(key)
    const b = now.get(key)
    if (!a && b) lines.push(`+ ${b.what}`)
    else if (a && !b) lines.push(`- ${a.what}`)
    else if (a && b && a.value !== b.value) lines.push(`~ ${b.what}`)
  }
  return lines
}

/** An entry as the model reads it back (field order, defaults), or as pulled where the portal answered something the model refuses. */
function normalizeEntry(entry: PortalEntry): PortalEntry {
  const parsed = parsePortalEntry('', entry)
  return parsed.ok ? parsed.value : entry
}

/** The entries the last pull wrote (`specs/portal/*.ts`), by file name. */
async function readLastPull(root: string, dir: string): Promise<Map<string, PortalEntry>> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.ts')).sort(compareCodeUnits)
  const modules = await importProjectModules(
    root,
    names.map((n) => join(dir, n)),
  )
  const out = new Map<string, PortalEntry>()
  for (const { file, value } of modules) {
    const parsed = parsePortalEntry(relative(root, file), value)
    if (parsed.ok) out.set(file.split(/[\\/]/).pop() as string, parsed.value)
  }
  return out
}

/**
 * The client loads here, with a pull, not with `@b24kit/codegen`: its entry imports every method's
 * module, which `pnpm generate` (whose config imports this package) would load on every run for nothing.
 */
async function createTransport(access: PortalAccess): Promise<B24Transport> {
  const { createClient } = await import('@b24kit/client')
  if ('webhookUrl' in access) return createClient({ webhookUrl: access.webhookUrl, retry: false, allowInsecureLoopback: true })
  return createClient({
    oauth: { portalUrl: access.portalUrl, accessToken: access.accessToken, refreshToken: '' },
    retry: false,
    allowInsecureLoopback: true,
  })
}

/** Pulls the portal's facts into `specs/portal/`; returns the change lines. */
export async function pullPortal(options: PullOptions): Promise<string[]> {
  const root = resolve(options.root)
  const dir = resolve(root, options.specsDir, 'portal')
  const transport = options.transport ?? (await createTransport(options.access))
  const before = await readLastPull(root, dir)
  // Read back through the model, so the comparison with the last pull sees the same shapes.
  const read = await readPortal(transport, options.shipped, options.lang ?? 'en', options.print)
  const after = new Map([...read].map(([name, entry]) => [name, normalizeEntry(entry)]))
  const changes = describeChanges(before, after)
  const where = relative(root, dir).split('\\').join('/')
  if (options.dryRun) {
    for (const [name, entry] of after) options.print(`would write ${where}/${name}\n${printEntryFile(entry)}`)
    for (const name of before.keys()) if (!after.has(name)) options.print(`would remove ${where}/${name}`)
  } else {
    await mkdir(dir, { recursive: true })
    for (const [name, entry] of after) await writeFile(join(dir, name), printEntryFile(entry))
    for (const name of before.keys()) if (!after.has(name)) await rm(join(dir, name))
  }
  const entries = [...after.values()]
  const counts = {
    fields: entries.reduce((n, e) => n + (e.kind === 'customFields' ? e.fields.length : 0), 0),
    types: entries.filter((e) => e.kind === 'smartProcess').length,
  }
  options.print(
    `${options.dryRun ? 'would pull' : 'pulled'} ${counts.fields} custom field(s) and ${counts.types} smart process(es) into ${where}/; ` +
      (before.size === 0
        ? 'first pull:'
        : changes.length
          ? `${changes.length} change(s) since the last pull:`
          : 'nothing changed since the last pull'),
  )
  for (const line of changes) options.print(`  ${line}`)
  return changes
}
