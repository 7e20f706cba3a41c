/**
 * Loads spec files: every `*.ts` directly in the specs folder is one method, `shared/index.ts`
 * holds what methods share. Files are read in code-unit order, so the result never depends on the
 * order the file system lists them in.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  type LoadedMethod,
  parseMethodSpec,
  parseSharedSpecs,
  type SpecIssue,
  type SpecSet,
  SpecValidationError,
  validateSpecSet,
} from '@b24kit/spec'
import { mapPool } from './map-pool.js'
import { compareCodeUnits } from './naming.js'

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
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new SpecValidationError([{ file: label, path: '', expected: 'a module that loads', received: `an error: ${reason}` }])
  }
}

/** Loads and validates every spec below `specsDir`; throws SpecValidationError listing each problem. */
export async function loadSpecs(specsDir: string, root: string = process.cwd()): Promise<SpecSet> {
  const label = (file: string) => relative(root, file).split('\\').join('/')
  const names = (await readdir(specsDir)).filter((n) => n.endsWith('.ts') && !n.endsWith('.d.ts')).sort(compareCodeUnits)
  const issues: SpecIssue[] = []

  const sharedFile = join(specsDir, 'shared', 'index.ts')
  const sharedModule = await importModule(sharedFile, label(sharedFile))
  const shared = parseSharedSpecs(label(sharedFile), sharedModule)
  if (!shared.ok) issues.push(...shared.issues)

  // Imports run concurrently (tsx transforms on its loader thread while this one evaluates), but
  // results are taken in name order, so the first broken file reported is the same on every run.
  const loaded = await mapPool(names, (name) => {
    const file = join(specsDir, name)
    return importModule(file, label(file)).then(
      (mod) => ({ mod }),
      (error: unknown) => ({ error }),
    )
  })
  const methods: LoadedMethod[] = []
  for (const [i, name] of names.entries()) {
    const file = join(specsDir, name)
    const result = loaded[i] as { mod: Record<string, unknown> } | { error: unknown }
    if ('error' in result) throw result.error
    const { mod } = result
    if (!('default' in mod)) {
      issues.push({ file: label(file), path: '', expected: 'a default export made with defineMethod()', received: 'no default export' })
      continue
    }
    const parsed = parseMethodSpec(label(file), mod.default)
    if (parsed.ok) methods.push({ file: label(file), spec: parsed.value })
    else issues.push(...parsed.issues)
  }
  if (issues.length || !shared.ok) throw new SpecValidationError(issues)
  return validateSpecSet(methods, shared.value)
}
