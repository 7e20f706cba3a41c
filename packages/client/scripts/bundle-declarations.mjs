/**
 * Folds the declarations tsc wrote into `dist` into one `dist/index.d.ts`, and removes the rest.
 *
 * Why: the package exports one entry, but tsc writes a declaration file per source module, one per
 * REST method among them. A project that imports the client then makes its compiler (and its
 * editor) find, read and parse thousands of small files, and module resolution and per-file work
 * grew with the number of methods (issue 15, goal 4). One file holds the same declarations with
 * the same names and comments; the JavaScript modules stay split, so bundlers still load a method
 * by need. The per-file declaration maps go too: they point into `src`, which is not published.
 *
 * Usage: `node scripts/bundle-declarations.mjs [distDir]` (default `dist`), after `tsc`.
 */
import { readdir, rm, writeFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { rollup } from 'rollup'
import { dts } from 'rollup-plugin-dts'

const marker = '// Bundled by @b24kit/client scripts/bundle-declarations.mjs from the declarations tsc wrote.\n'

/**
 * Bundles `<distDir>/index.d.ts` and what it imports into that one file, then deletes every other
 * `.d.ts` and `.d.ts.map` under `distDir`. Fails, naming what rollup said, on any warning: a
 * warning here (an unresolved import, a name it had to guess) would be a type a user loses.
 */
export async function bundleDeclarations(distDir) {
  const dir = resolve(distDir)
  const entry = join(dir, 'index.d.ts')
  const warnings = []
  const bundle = await rollup({
    input: entry,
    plugins: [dts({ respectExternal: false })],
    onwarn: (warning) => warnings.push(`${warning.code ?? 'WARNING'}: ${warning.message}`),
  })
  const { output } = await bundle.generate({ format: 'es' })
  await bundle.close()
  if (warnings.length > 0) throw new Error(`bundling ${entry} warned:\n${warnings.join('\n')}`)
  const [chunk, ...rest] = output
  if (chunk?.type !== 'chunk' || rest.length > 0) throw new Error(`bundling ${entry} gave ${output.length} outputs, not one`)
  await removeDeclarations(dir)
  await writeFile(entry, marker + chunk.code)
  return { file: entry, bytes: Buffer.byteLength(chunk.code) }
}

/** Deletes every declaration file and declaration map under `dir`. */
async function removeDeclarations(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries.filter((e) => e.isFile() && /\.d\.ts(\.map)?$/.test(e.name)).map((e) => join(e.parentPath, e.name))
  await Promise.all(files.map((file) => rm(file)))
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now()
  const { file, bytes } = await bundleDeclarations(process.argv[2] ?? 'dist')
  console.log(
    `bundled declarations: ${relative(process.cwd(), file)}, ${(bytes / 1024).toFixed(0)} KB in ${Math.round(performance.now() - started)} ms`,
  )
}
