/**
 * Loads spec files: every `*.ts` directly in the specs folder is one method, `shared/index.ts`
 * holds what methods share. Files are read in code-unit order, so the result never depends on the
 * order the file system lists them in. With a cache folder, a spec whose files are unchanged is
 * taken from the spec cache instead of being imported again; the rest are bundled and imported
 * in one step (spec-bundle.ts), or file by file when the bundle fails, to name the broken file.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  type LoadedMethod,
  type MethodSpec,
  parseMethodSpec,
  parseSharedSpecs,
  type SharedSpecs,
  type SpecIssue,
  type SpecSet,
  SpecValidationError,
  validateSpecSet,
} from '@b24kit/spec'
import { transform } from 'esbuild'
import { FileHasher, hashText } from './file-hash.js'
import { mapPool } from './map-pool.js'
import { compareCodeUnits } from './naming.js'
import { rememberSpecJson } from './output-cache.js'
import { importBundled } from './spec-bundle.js'
import { getSpecModelHash, SpecCache, type SpecHit } from './spec-cache.js'

/** Options of loadSpecs. */
export interface LoadSpecsOptions {
  /** Where the spec cache lives; without it every spec is imported. */
  cacheDir?: string
  /** The run's file hasher, when the caller hashed the spec files already (each file is read once). */
  hasher?: FileHasher
}

async function importModule(file: string, label: string): Promise<Record<string, unknown>> {
  try {
    // The content hash in the URL makes a long-lived process (watch mode, tests) see an edited file
    // instead of the module it cached on the first import.
    const hash = createHash('sha1')
      .update(await readFile(file))
      .digest('hex')
      .slice(0, 12)
    return (await import(`${pathToFileURL(file).href}?v=${hash}`)) as Record<string, unknown>
  } catch (error) {
    throw new SpecValidationError([await describeLoadError(file, label, error)])
  }
}

/**
 * Why a spec module did not load. A syntax error is found again with esbuild's own parser, so the
 * issue names the line and column (`specs/x.ts:3:5`) and the parser's message, rather than the
 * loader's "Transform failed with 1 error:". Anything else (a module that throws) keeps its message.
 */
async function describeLoadError(file: string, label: string, error: unknown): Promise<SpecIssue> {
  try {
    await transform(await readFile(file, 'utf8'), { loader: 'ts', sourcefile: label, logLevel: 'silent' })
  } catch (failure) {
    const first = (failure as { errors?: { text: string; location: { line: number; column: number } | null }[] }).errors?.[0]
    if (first?.location)
      return {
        file: `${label}:${first.location.line}:${first.location.column + 1}`,
        path: '',
        expected: 'TypeScript that parses',
        received: `a syntax error: ${first.text}`,
      }
  }
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
  return { file: label, path: '', expected: 'a module that loads', received: `an error: ${reason}` }
}

type Imported = { mod: Record<string, unknown>; inputs?: string[] }

/** Imports `files` in one bundle, or one by one (the first failure in order throws) when it fails. */
async function importAll(files: string[], specsDir: string, label: (file: string) => string): Promise<Imported[]> {
  const bundled = await importBundled(files, specsDir)
  if (bundled) return bundled
  const loaded = await mapPool(files, (file) =>
    importModule(file, label(file)).then(
      (mod) => ({ mod }),
      (error: unknown) => ({ error }),
    ),
  )
  return loaded.map((result) => {
    if ('error' in result) throw result.error
    return result
  })
}

/** The context a method's own checks depend on: the shared specs (their JSON's hash) and every method's name. */
function getCheckContext(sharedHash: string, methods: readonly LoadedMethod[]): string {
  return hashText(sharedHash, ...methods.map((m) => m.spec.method).sort(compareCodeUnits))
}

/** Whether a file name in the specs folder is a method's spec (a TypeScript module, not a declaration file). */
export const isMethodSpecName = (name: string): boolean => name.endsWith('.ts') && !name.endsWith('.d.ts')

/** Loads and validates every spec below `specsDir`; throws SpecValidationError listing each problem. */
export async function loadSpecs(dir: string, root: string = process.cwd(), options: LoadSpecsOptions = {}): Promise<SpecSet> {
  const specsDir = resolve(dir)
  const label = (file: string) => relative(resolve(root), file).split('\\').join('/')
  const names = (await readdir(specsDir)).filter(isMethodSpecName).sort(compareCodeUnits)
  const sharedFile = join(specsDir, 'shared', 'index.ts')
  const files = [sharedFile, ...names.map((name) => join(specsDir, name))]

  const hasher = options.hasher ?? new FileHasher()
  const cache = options.cacheDir ? await SpecCache.open(options.cacheDir, await getSpecModelHash()) : undefined
  // Hash the specs before importing them, so a file edited mid-run can only miss next time.
  if (cache) await hasher.hashFiles(files)
  // The certain misses (edited or new specs) go to esbuild first, which bundles them in its own
  // process while this thread reads the hits; an entry that fails its checksum is imported after.
  const mayHold = files.map((file) => cache?.mayHold(file, hasher) === true)
  const certain = files.filter((_, i) => !mayHold[i])
  const importing = importAll(certain, specsDir, label)
  importing.catch(() => undefined)
  const cached = files.map((file, i) => (mayHold[i] ? cache?.lookup(file, hasher) : undefined))
  const late = files.filter((_, i) => mayHold[i] && cached[i] === undefined)
  const imported = new Map<string, Imported>()
  const modules = [...(await importing), ...(await importAll(late, specsDir, label))]
  for (const [i, file] of [...certain, ...late].entries()) imported.set(file, modules[i] as Imported)

  const issues: SpecIssue[] = []
  const toStore: { file: string; inputs: string[]; value: unknown; method?: true }[] = []
  let shared = cached[0]?.value as SharedSpecs | undefined
  const sharedModule = imported.get(sharedFile)
  if (sharedModule) {
    const parsed = parseSharedSpecs(label(sharedFile), sharedModule.mod)
    if (parsed.ok) {
      shared = parsed.value
      if (sharedModule.inputs) toStore.push({ file: sharedFile, inputs: sharedModule.inputs, value: parsed.value })
    } else issues.push(...parsed.issues)
  }

  const methods: LoadedMethod[] = []
  const fromCache = new Set<MethodSpec>()
  for (const [i, file] of files.entries()) {
    if (i === 0) continue
    const hit = cached[i] as SpecHit | undefined
    if (hit) {
      const spec = hit.value as MethodSpec
      // The method's cache key hashes this JSON instead of serializing and comparing the spec again.
      rememberSpecJson(spec, hit.jsonHash)
      fromCache.add(spec)
      methods.push({ file: label(file), spec })
      continue
    }
    const { mod, inputs } = imported.get(file) as Imported
    if (!('default' in mod)) {
      issues.push({ file: label(file), path: '', expected: 'a default export made with defineMethod()', received: 'no default export' })
      continue
    }
    const parsed = parseMethodSpec(label(file), mod.default)
    if (!parsed.ok) {
      issues.push(...parsed.issues)
      continue
    }
    methods.push({ file: label(file), spec: parsed.value })
    if (inputs) toStore.push({ file, inputs, value: parsed.value, method: true })
  }
  if (issues.length || !shared) throw new SpecValidationError(issues)
  // A method's own checks look at the shared specs and the other methods' names only: a cached
  // spec checked last time in the same context passed them, so only new or edited specs are walked.
  const context = cache ? getCheckContext(cached[0]?.jsonHash ?? hashText(JSON.stringify(shared)), methods) : undefined
  const skip = cache && context !== undefined && context === cache.checkedIn
  const set = validateSpecSet(methods, shared, skip ? { isChecked: (m) => fromCache.has(m.spec) } : {})
  if (cache) {
    cache.setChecked(context)
    for (const entry of toStore) {
      const jsonHash = await cache.store(entry.file, entry.inputs, entry.value, hasher)
      if (jsonHash !== undefined && entry.method) rememberSpecJson(entry.value as MethodSpec, jsonHash)
    }
    await cache.save()
  }
  return set
}
