/**
 * Imports a user project's TypeScript files (its config and spec entries) with nothing but the
 * project's own node_modules: esbuild compiles them in one build, each to one ES module with its
 * packages left as imports, under `node_modules/.cache/b24kit/`, and Node imports those. The
 * project needs no tsx or ts-node, and `@b24kit/spec` resolves to the copy the project installed.
 */
import { createHash } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { SpecValidationError } from '@b24kit/spec'
import { build, type Plugin } from 'esbuild'

const require = createRequire(import.meta.url)
/** The folder of this generator's @b24kit/spec: what it imports (zod) is bundled with it, from there. */
const specRoot = dirname(require.resolve('@b24kit/spec/package.json'))

/**
 * `@b24kit/spec` is bundled from this generator's own copy, so entries are defined by the model that
 * validates them; `@b24kit/codegen` (which a config imports for `defineProjectConfig` only) is a
 * one-line stand-in, so loading a config does not load the generator a second time.
 */
const ownPackages: Plugin = {
  name: 'b24kit-own-packages',
  setup(build) {
    build.onResolve({ filter: /^@b24kit\/spec(\/.*)?$/ }, (args) => ({ path: require.resolve(args.path) }))
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.importer.startsWith(specRoot) ? { path: createRequire(args.importer).resolve(args.path) } : undefined,
    )
    build.onResolve({ filter: /^@b24kit\/codegen$/ }, () => ({ path: 'codegen', namespace: 'b24kit' }))
    build.onLoad({ filter: /.*/, namespace: 'b24kit' }, () => ({
      contents: 'export const defineProjectConfig = (config) => config',
      loader: 'js',
    }))
  },
}

/** A loaded file: its default export. */
export interface LoadedModule {
  file: string
  value: unknown
}

/** Loads so far in this process: each load's modules get new URLs, so an edited entry is never taken from Node's module cache. */
let loads = 0

/** Imports `files` (absolute, inside `root`) and returns each default export, in the order given. */
export async function importProjectModules(root: string, files: readonly string[]): Promise<LoadedModule[]> {
  if (files.length === 0) return []
  const label = (file: string) => relative(root, file).split('\\').join('/')
  loads += 1
  const key = createHash('sha1').update(files.join('\n')).update(`${process.pid}:${loads}`).digest('hex').slice(0, 12)
  const outdir = join(root, 'node_modules', '.cache', 'b24kit', key)
  try {
    await build({
      entryPoints: files.map((file, i) => ({ in: file, out: `m${i}` })),
      absWorkingDir: root,
      outdir,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      packages: 'external',
      plugins: [ownPackages],
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'silent',
      write: true,
    }).catch((error: { errors?: { text: string; location: { file: string; line: number; column: number } | null }[] }) => {
      const first = error.errors?.[0]
      if (!first) throw error
      const where = first.location ? `${first.location.file}:${first.location.line}:${first.location.column + 1}` : ''
      throw new SpecValidationError([{ file: where, path: '', expected: 'TypeScript that compiles', received: first.text }])
    })
    const loaded: LoadedModule[] = []
    for (const [i, file] of files.entries()) {
      let mod: Record<string, unknown>
      try {
        mod = (await import(pathToFileURL(join(outdir, `m${i}.mjs`)).href)) as Record<string, unknown>
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
        throw new SpecValidationError([{ file: label(file), path: '', expected: 'a module that loads', received: `an error: ${reason}` }])
      }
      loaded.push({ file, value: mod.default })
    }
    return loaded
  } finally {
    await rm(outdir, { recursive: true, force: true })
  }
}
