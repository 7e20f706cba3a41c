/**
 * The emit worker's code as one CommonJS bundle: its entry, the config and every emitter and
 * workspace module they import, built by esbuild (whose process is already bundling the specs).
 * Evaluated by the worker in one step, it needs no tsx: registering tsx in a new thread and
 * importing the config's ~70 modules through its hooks cost ~0.8 s of CPU, taken from the specs'
 * loading on a 2-core machine; evaluating the bundle costs a tenth of that. Installed packages
 * (ts-morph, zod) stay outside, required from where they resolved, as in spec-bundle.ts.
 */
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { requireInstalled } from './spec-bundle.js'

/** The bundled worker: its code, and the file its `require` resolves from. */
export interface WorkerBundle {
  code: string
  file: string
}

/**
 * Bundles `entry` (the emit worker's module, a path) with `configFile`, or returns undefined when
 * the bundle cannot stand for importing them: a build error, or a module outside the generator's
 * own folder reading `import.meta` (a CommonJS bundle has none; the generator's own modules read
 * it only in code the worker never runs, or, for its sources' hash, get the core's).
 */
export async function bundleEmitWorker(entry: string, configFile: string, conditions: string[]): Promise<WorkerBundle | undefined> {
  const own = dirname(entry)
  const workDir = dirname(configFile)
  const file = resolve(workDir, '__b24kit_emit_worker__.cjs')
  try {
    const contents = [
      `import * as config from ${JSON.stringify(configFile)}`,
      `import { serveEmitWorker } from ${JSON.stringify(entry)}`,
      'serveEmitWorker(async () => config)',
    ].join('\n')
    const result = await build({
      stdin: { contents, resolveDir: workDir, loader: 'ts', sourcefile: file },
      absWorkingDir: workDir,
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      conditions,
      logLevel: 'silent',
      plugins: [requireInstalled()],
    })
    const metaOutside = result.warnings.some(
      (w) => w.text.includes('import.meta') && !resolve(workDir, w.location?.file ?? '/').startsWith(`${own}/`),
    )
    const code = result.outputFiles[0]?.text
    return code === undefined || metaOutside ? undefined : { code, file }
  } catch {
    return undefined
  }
}

/** The emit worker module next to this one (`.ts` from sources, `.js` from dist). */
export function getEmitWorkerFile(): string {
  const url = import.meta.url
  return fileURLToPath(new URL(`./emit-worker${url.slice(url.lastIndexOf('.'))}`, url))
}
