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
  const code = declareExportsInPlace(chunk.code)
  await removeDeclarations(dir)
  await writeFile(entry, marker + code)
  return { file: entry, bytes: Buffer.byteLength(code) }
}

/** A top-level declaration as rollup-plugin-dts prints it, at the start of a line: its kind and name. */
const declaration = /^(declare (?:abstract )?(?:function|const|let|var|class|enum|namespace)|interface|type) ([A-Za-z_$][\w$]*)/
const isValueKind = (kind) => kind.startsWith('declare ')

/**
 * Moves the bundle's export lists onto the declarations (`export declare function crmContactDelete`).
 * rollup-plugin-dts declares every name locally and exports them in one list at the end, so every
 * export is an alias. Quick info on a tree method shows its `{@link crmContactDelete}`, and to print
 * that name TypeScript looks through the module's exports, resolving them alias after alias: at
 * 2,000 methods some 10,000 after every edit, ~100 ms against ~45 ms with the exports declared in
 * place (issue 15, goal 4). Names stay in a list when they have no declaration here, or when the
 * list exports them as types only while a value of the name is declared. An empty `export {}`
 * stays when no list is left: without one, every top-level declaration of a declaration file is
 * exported, the bundle's own helpers too.
 */
export function declareExportsInPlace(code) {
  const lines = code.split('\n')
  const values = new Set()
  const types = new Set()
  const kept = []
  for (const line of lines) {
    const list = /^export (type )?\{ ([^}]*) \};$/.exec(line)
    // An aliased export (`a as b`) keeps the whole list as it is.
    if (!list || list[2].includes(' as ')) {
      kept.push(line)
      continue
    }
    for (const name of list[2].split(', ')) (list[1] ? types : values).add(name)
  }
  const found = kept.map((line) => declaration.exec(line))
  const kinds = new Map()
  for (const match of found) if (match) kinds.set(match[2], [...(kinds.get(match[2]) ?? []), match[1]])
  // Every declaration of a name is exported or none is: TypeScript refuses a mix (TS2395).
  const inPlace = (name) => kinds.has(name) && (values.has(name) || (types.has(name) && !kinds.get(name).some(isValueKind)))
  const out = kept.map((line, i) => (found[i] && inPlace(found[i][2]) ? `export ${line}` : line))
  const restValues = [...values].filter((name) => !inPlace(name))
  const restTypes = [...types].filter((name) => !inPlace(name) && !values.has(name))
  const tail = out.length > 0 && out[out.length - 1] === '' ? out.pop() : undefined
  if (restValues.length > 0) out.push(`export { ${restValues.join(', ')} };`)
  if (restTypes.length > 0) out.push(`export type { ${restTypes.join(', ')} };`)
  // A declaration file with no export list exports every top-level declaration, helpers included.
  if (restValues.length + restTypes.length === 0) out.push('export {};')
  if (tail !== undefined) out.push(tail)
  return out.join('\n')
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
