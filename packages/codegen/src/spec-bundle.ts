/**
 * Imports many spec modules in one step: esbuild bundles them (with what they import) into one
 * CommonJS module, which is evaluated once. A thousand specs cost one transform and one module
 * instead of a thousand round trips through the tsx loader. CommonJS run by `new Function`, not
 * an ES module imported from a data: URL, because the 5 MB bundle of 1,000 specs then skips the
 * module loader and tsx's hooks (which copy it to their worker thread): ~100 ms instead of ~300. The bundle also names each
 * entry's local dependencies, which the spec cache keys its entries on.
 */
import { createRequire } from 'node:module'
import { join, relative, resolve, sep } from 'node:path'
import { build, type Metafile, type OnResolveResult, type Plugin } from 'esbuild'

/** One bundled entry: its module namespace and every local file it reads, itself included. */
export interface BundledModule {
  mod: Record<string, unknown>
  /** Absolute paths of the entry and of every file it imports, directly or not (sorted). */
  inputs: string[]
}

/**
 * Every local file `entry` reads, itself included (absolute, sorted). What an entry imports is
 * walked once for each distinct list of direct imports (`closures`): 2,000 specs import a handful
 * of such lists of shared files, and walking each spec's twenty-odd files again took ~0.15 s.
 */
function collectInputs(metafile: Metafile, workDir: string, entry: string, closures: Map<string, string[]>): string[] {
  const self = relative(workDir, entry).split('\\').join('/')
  if (isInstalled(self)) return []
  const direct = (metafile.inputs[self]?.imports ?? []).filter((dep) => !dep.external && !isInstalled(dep.path)).map((dep) => dep.path)
  const key = direct.join('\n')
  let closure = closures.get(key)
  if (!closure) {
    const seen = new Set<string>()
    const visit = (path: string) => {
      // Installed packages are keyed by the spec model's hash, not file by file; not walking into
      // them spares a walk of zod's hundred modules for each of 2,000 specs (~0.9 s).
      if (seen.has(path) || isInstalled(path)) return
      seen.add(path)
      for (const dep of metafile.inputs[path]?.imports ?? []) if (!dep.external) visit(dep.path)
    }
    for (const path of direct) visit(path)
    closure = [...seen].map((path) => resolve(workDir, path))
    closures.set(key, closure)
  }
  const file = resolve(workDir, self)
  return closure.includes(file) ? [...closure].sort() : [file, ...closure].sort()
}

/** Whether a metafile path (relative, `/`-separated, or absolute) is inside node_modules. */
function isInstalled(path: string): boolean {
  return path.startsWith('node_modules/') || path.includes('/node_modules/') || path.includes(`${sep}node_modules${sep}`)
}

/**
 * Leaves installed packages out of the bundle: it requires them from where they resolved, so the
 * process shares one copy with its own imports. A spec imports the spec model, which imports zod;
 * bundling read zod's hundred modules for every bundle to keep none of them (the specs use the
 * model's plain helpers), two thirds of bundling the one spec a run finds edited. A workspace
 * package resolves to its own folder (symlinks followed), so it is bundled as before; each bare
 * name is resolved once a bundle, not once for each of 2,000 specs that import it.
 */
export function requireInstalled(workspacePackage?: string): Plugin {
  const inner = Symbol('inner')
  const resolved = new Map<string, Promise<OnResolveResult | undefined>>()
  return {
    name: 'b24kit-require-installed',
    setup(bundle) {
      bundle.onResolve({ filter: workspacePackage ? matchBareNamesBut(workspacePackage) : /^[^./]/ }, (args) => {
        if (args.pluginData === inner) return undefined
        const key = `${args.kind}\0${args.resolveDir}\0${args.path}`
        let result = resolved.get(key)
        if (!result) {
          const { kind, resolveDir, importer } = args
          result = bundle
            .resolve(args.path, { kind, resolveDir, importer, pluginData: inner })
            .then((found) => (found.errors.length === 0 && isInstalled(found.path) ? { path: found.path, external: true } : undefined))
          resolved.set(key, result)
        }
        return result
      })
    },
  }
}

const escapeChar = (c: string) => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')

/**
 * A filter (Go's regular expressions: no lookahead) for every bare import but `name` and its
 * subpaths: it differs from `name` at some character, or stops short of it, or goes on past it
 * with anything but `/`.
 */
export function matchBareNamesBut(name: string): RegExp {
  const parts = [`[^./${escapeChar(name[0] as string)}]`]
  for (let i = 1; i < name.length; i++) {
    const head = [...name.slice(0, i)].map(escapeChar).join('')
    parts.push(`${head}$`, `${head}[^${escapeChar(name[i] as string)}]`)
  }
  parts.push(`${[...name].map(escapeChar).join('')}[^/]`)
  return new RegExp(`^(?:${parts.join('|')})`)
}

/**
 * The spec model's package name when, seen from `dir`, it is a workspace package (its own folder,
 * bundled from source): every spec imports it, so esbuild resolves it itself rather than asking the
 * plugin 2,000 times (~250 ms of round trips at 2,000 specs). Installed, it goes through the plugin.
 */
function findWorkspaceSpecModel(dir: string): string | undefined {
  const name = '@b24kit/spec'
  try {
    return isInstalled(createRequire(join(dir, '__b24kit__.cjs')).resolve(`${name}/package.json`)) ? undefined : name
  } catch {
    return undefined
  }
}

/**
 * Bundles and imports `files` (absolute paths, all inside `workDir`). Returns undefined when
 * anything fails (a syntax error, a module that throws): the caller then imports file by file,
 * which names the broken file exactly.
 */
export async function importBundled(files: readonly string[], dir: string): Promise<BundledModule[] | undefined> {
  if (files.length === 0) return []
  const workDir = resolve(dir)
  try {
    const contents = files
      .map((file, i) => `export * as m${i} from ${JSON.stringify(`./${relative(workDir, file).split('\\').join('/')}`)}`)
      .join('\n')
    const result = await build({
      stdin: { contents, resolveDir: workDir, loader: 'ts', sourcefile: join(workDir, '__b24kit_specs__.ts') },
      absWorkingDir: workDir,
      bundle: true,
      write: false,
      metafile: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      conditions: ['source'],
      logLevel: 'silent',
      plugins: [requireInstalled(findWorkspaceSpecModel(workDir))],
    })
    const code = result.outputFiles[0]?.text
    if (code === undefined) return undefined
    const entry = join(workDir, '__b24kit_specs__.cjs')
    const module = { exports: {} as Record<string, unknown> }
    // Specs are the repository's own files, evaluated as importing them would; builtins they
    // require resolve from the specs folder.
    new Function('module', 'exports', 'require', '__filename', '__dirname', code)(
      module,
      module.exports,
      createRequire(entry),
      entry,
      workDir,
    )
    const ns = module.exports
    const closures = new Map<string, string[]>()
    return files.map((file, i) => ({
      mod: ns[`m${i}`] as Record<string, unknown>,
      inputs: collectInputs(result.metafile, workDir, file, closures),
    }))
  } catch {
    return undefined
  }
}
