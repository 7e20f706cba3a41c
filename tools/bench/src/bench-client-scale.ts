/**
 * Goals 3, 4 and 5 of issue 15, on the synthetic trees of 10 and 2,000 methods (scale.ts):
 *
 *   3   an app calling `createClient(...).crm.contact.delete`, min+gzip: at most 3 KB at 2,000, 1.1x at 10
 *       (and, info, the same app as namespaces are added: bench-namespaces.ts)
 *   4   `tsc --noEmit` of a consumer using the tree, `call`, `batch` and the pager: 2,000 / 10 at most 3
 *   5   openapi.json bytes per method at 2,000: at most 4 KB
 *
 * The client's hand-written sources are copied beside each tree's generated folder, so the app and
 * the consumer compile the real core against that tree's generated methods.
 */
import { execFile } from 'node:child_process'
import { copyFile, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { listDeleteLoads, measureNamespaceScale } from './bench-namespaces.js'
import { measureSplitApp } from './bench-size.js'
import { repoRoot } from './child.js'
import { measureEditor } from './editor.js'
import { createGoalRow, type ResultRow } from './report.js'
import { formatMethods, scaleMethods, smallMethods } from './scale.js'
import { formatBytes, formatMs } from './stats.js'
import { ensureGeneratedTree } from './synth-tree.js'

const run = promisify(execFile)
const area = 'client'
const webhook = 'https://example.bitrix24.ru/rest/1/abc123/'

/** The one-call app of goal 3. */
export const treeApp = `import { createClient } from './packages/client/src/index.ts'
const b24 = createClient({ webhookUrl: '${webhook}' })
b24.crm.contact.delete({ id: 50 }).then((ok) => console.log(ok))
`

/**
 * The consumer of goal 4: the tree, call, batch and the pager, with the types it relies on. It
 * compiles against the client's declarations, as a project that installs the package does.
 */
const consumer = `import { createClient } from './dist-client/index.js'
const b24 = createClient({ webhookUrl: '${webhook}' })
export async function main(): Promise<number> {
  const deleted: true = await b24.crm.contact.delete({ id: 50 })
  const contact = await b24.call('crm.contact.get', { id: 50 })
  const report = await b24.batch({ a: { method: 'crm.contact.delete', params: { id: 1 } }, b: { method: 'crm.contact.get', params: { id: 2 } } })
  let n = deleted && contact && report.results.a ? 1 : 0
  for await (const item of b24.paginate('crm.contact.list', {})) n += item ? 1 : 0
  for await (const item of b24.crm.contact.listAll({})) n += item ? 1 : 0
  return n
}
`

const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noUncheckedIndexedAccess: true,
    verbatimModuleSyntax: true,
    allowImportingTsExtensions: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    lib: ['ES2022', 'DOM'],
  },
  files: ['consumer.ts'],
}

/** The client's declarations, as its build publishes them (`declaration`, from the sources). */
const declarations = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    declaration: true,
    emitDeclarationOnly: true,
    outDir: 'dist-client',
    rootDir: 'packages/client/src',
    skipLibCheck: true,
    types: [],
    lib: ['ES2022', 'DOM'],
  },
  include: ['packages/client/src/**/*.ts'],
}

/** Copies the client's hand-written sources into the tree (its generated folder is the tree's own). */
async function placeClient(root: string): Promise<void> {
  const from = join(repoRoot, 'packages/client/src')
  const to = join(root, 'packages/client/src')
  for (const name of await readdir(from)) {
    if (name.endsWith('.ts') && !name.includes('.test')) await copyFile(join(from, name), join(to, name))
  }
  // The package's manifest too: a bundler reads its `sideEffects: false`, as in an app that installs it.
  await copyFile(join(repoRoot, 'packages/client/package.json'), join(root, 'packages/client/package.json'))
  await writeFile(join(root, 'package.json'), '{ "type": "module", "private": true }\n')
  await writeFile(join(root, 'consumer.ts'), consumer)
  await writeFile(join(root, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2))
  await writeFile(join(root, 'tsconfig.declarations.json'), JSON.stringify(declarations, null, 2))
}

/** The client build's second step: one declaration file for the package (scripts/bundle-declarations.mjs). */
type BundleDeclarations = (distDir: string) => Promise<{ file: string; bytes: number }>

/**
 * Builds the tree's client declarations as the package's build does (not measured: it runs once a
 * build): tsc, then the bundling of its declarations into one `index.d.ts`.
 */
async function buildDeclarations(root: string): Promise<void> {
  const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc')
  await run(process.execPath, [tsc, '-p', join(root, 'tsconfig.declarations.json')], { cwd: root, maxBuffer: 1 << 24 })
  const script = pathToFileURL(join(repoRoot, 'packages/client/scripts/bundle-declarations.mjs')).href
  const { bundleDeclarations } = (await import(script)) as { bundleDeclarations: BundleDeclarations }
  await bundleDeclarations(join(root, 'dist-client'))
}

interface TscFigures {
  wallMs: number
  instantiations: number
  memoryKb: number
}

async function runTsc(root: string): Promise<TscFigures> {
  const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc')
  const started = performance.now()
  const { stdout } = await run(process.execPath, [tsc, '-p', join(root, 'tsconfig.json'), '--extendedDiagnostics'], {
    cwd: root,
    maxBuffer: 1 << 24,
  })
  const wallMs = performance.now() - started
  const read = (label: string) => Number((stdout.match(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm'))?.[1] ?? 'NaN').replace(/,/g, ''))
  return { wallMs, instantiations: read('Instantiations'), memoryKb: read('Memory used') }
}

/** What the call loads in the tree at `root` (bench-namespaces.ts reads its tables as find-descriptor.ts walks them). */
async function listCallLoads(root: string): Promise<string[]> {
  const read = (path: string) => readFile(join(root, 'packages/client/src/generated', path), 'utf8')
  return listDeleteLoads(await read('lazy.ts'), await read('lazy/crm.ts'))
}

/** Runs goals 3, 4 and 5. */
export async function measureClientScale(log: (line: string) => void): Promise<ResultRow[]> {
  const big = formatMethods(scaleMethods)
  const roots = { small: '', big: '' }
  for (const [key, count] of [
    ['small', smallMethods],
    ['big', scaleMethods],
  ] as const) {
    const index = await ensureGeneratedTree(count)
    roots[key] = join(index, '../../../../..')
    await placeClient(roots[key])
  }
  log(`client scale: bundling the createClient app at ${smallMethods} and ${scaleMethods} methods`)
  const bundle = async (root: string) => measureSplitApp(treeApp.replace('./packages', join(root, 'packages')), await listCallLoads(root))
  const small = await bundle(roots.small)
  const large = await bundle(roots.big)
  const sizeAtBig = createGoalRow({
    id: 's3a',
    area,
    what: `app calling createClient(...).crm.contact.delete, KB min+gzip (entry and what the call loads, split), ${big}`,
    measured: `${formatBytes(large.gzipped)} gzipped (${formatBytes(large.minified)} min, ${large.files} files)`,
    ratio: large.gzipped / 1024,
    goal: { op: '<=', limit: 3 },
  })
  const sizeRatio = createGoalRow({
    id: 's3b',
    area,
    what: `the same app, ${big} / ${smallMethods} methods`,
    measured: `${formatBytes(large.gzipped)} vs ${formatBytes(small.gzipped)} gzipped`,
    ratio: large.gzipped / small.gzipped,
    goal: { op: '<=', limit: 1.1 },
  })
  for (const row of [sizeAtBig, sizeRatio]) {
    if (row.status === 'not met')
      row.note = `Largest inputs of what loads at ${big} (minified bytes): ${large.largest.join(', ')}. The tree is a proxy and a call finds its descriptor through generated tables (namespace, family, method), each a chunk loaded by need: no method adds to the entry, and the call loads its namespace's table of families (in a namespace of more than 16 families, such as \`crm\`, a row a group of neighbour first letters, then that group's table of families, about the square root of them), its family's table and its own descriptor. What remains is createClient's core, one entry file: the transport (base.ts), the policies on by default (rate limit, operating-time guard, the retries' first attempt), the classifier, the proxy tree and the lookup; the system rows (with the first error answer), the retries and the real clock's timer (with a call's first failure or wait), batch, the pager, deleteMany, the OAuth policy and its setup, and the logger's work load by need (not counted: this call never loads them). A module the package's root reaches statically cannot load by need for createClient alone: esbuild puts it in a chunk the entry loads as soon as a chunk loaded by need imports it, and an unsplit bundle (row 3) wraps it in lazy initializers; so the classifier, the error class and the validation, which the standalone transport imports, stay in the entry. At ${smallMethods} methods the same app loads the same core with tables of 2 families: the difference (the tables on the way, about 20 B gzipped a chunk name, since each names a chunk by a hash) is what s3b divides by the core, so a smaller core raises s3b.`
  }

  log(`client scale: the client's declarations at ${smallMethods} and ${scaleMethods} methods, then tsc --noEmit of the consumer`)
  await buildDeclarations(roots.small)
  await buildDeclarations(roots.big)
  const tscSmall = await runTsc(roots.small)
  const tscBig = await runTsc(roots.big)
  const tsc = createGoalRow({
    id: 's4',
    area,
    what: `tsc --noEmit of a consumer of the tree, call, batch and the pager (against the client's declarations), ${big} / ${smallMethods}`,
    measured: `${formatMs(tscBig.wallMs)} vs ${formatMs(tscSmall.wallMs)}; instantiations ${tscBig.instantiations.toLocaleString('en-US')} vs ${tscSmall.instantiations.toLocaleString('en-US')}; memory ${Math.round(tscBig.memoryKb / 1024)} MB vs ${Math.round(tscSmall.memoryKb / 1024)} MB`,
    ratio: tscBig.wallMs / tscSmall.wallMs,
    goal: { op: '<=', limit: 3 },
  })
  if (tsc.status === 'not met')
    tsc.note = `The consumer compiles against the client's declarations as the package publishes them (as an installed package is compiled): one index.d.ts (scripts/bundle-declarations.mjs) that holds every method's params, result and error types with their comments, MethodMap and the tree's type, so its size grows with the methods; instantiations grow ${(tscBig.instantiations / tscSmall.instantiations).toFixed(1)}x. Most of the time is parsing and binding that file, not checking.`

  log(`client scale: an editor's language service on the consumer at ${smallMethods} and ${scaleMethods} methods`)
  const editor = await measureEditor(roots, big)

  const openapiBytes = (await stat(join(roots.big, 'packages/docs/generated/openapi.json'))).size
  const openapi = createGoalRow({
    id: 's5',
    area: 'docs',
    what: `openapi.json bytes per method, ${big}`,
    measured: `${formatBytes(openapiBytes / scaleMethods)} a method (${formatBytes(openapiBytes)} in all)`,
    ratio: openapiBytes / scaleMethods / 1024,
    goal: { op: '<=', limit: 4 },
  })
  if (openapi.status === 'not met')
    openapi.note =
      "Shared once, by $ref: each system row's example, the response of every status only system rows use, and each entity's record, item, fields, select, order and filter schemas; one path item a method under two servers (OAuth, webhook); a line per path and component, compact. Still per method: the operation's description and its map of responses; the params, result and response schemas; the request body with its examples and its variant under the accepted spellings; the method's own error responses."
  return [sizeAtBig, sizeRatio, await measureNamespaceScale(log), tsc, ...editor, openapi]
}
