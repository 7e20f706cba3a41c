/**
 * Measurement 3: minified + gzipped size of a browser app that deletes contact 50, bundled by
 * esbuild, with @b24kit/client (the standalone `crmContactDelete` on the tree-shakable base
 * transport) beside @bitrix24/b24jssdk (`B24Hook.fromWebhookUrl` + `actions.v2.call.make`, as its
 * README shows).
 */
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build, type Plugin } from 'esbuild'
import { createGapRow, createGoalRow, type ResultRow } from './report.js'
import { formatBytes } from './stats.js'

const webhook = 'https://example.bitrix24.ru/rest/1/abc123/'

/** The apps: what a user would write to make the one call. */
export const sizeApps = {
  ours: `import { createBaseClient, crmContactDelete } from '@b24kit/client'
const client = createBaseClient({ webhookUrl: '${webhook}' })
crmContactDelete(client, { id: 50 }).then((ok) => console.log(ok))
`,
  b24jssdk: `import { B24Hook } from '@bitrix24/b24jssdk'
const $b24 = B24Hook.fromWebhookUrl('${webhook}')
$b24.actions.v2.call.make({ method: 'crm.contact.delete', params: { id: 50 } }).then((res) => console.log(res.getData().result))
`,
}

/** Bundles `source` for the browser as an app is built, minified, optionally splitting chunks. */
function bundleApp(source: string, splitting: boolean, plugins: Plugin[] = []) {
  return build({
    // A name no generated module has (theirs are kebab names: `lazy/app.ts` is the table of a namespace `app`).
    stdin: { contents: source, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts', sourcefile: 'app.entry.ts' },
    bundle: true,
    ...(splitting ? { splitting: true, outdir: 'out' } : {}),
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // Workspace packages resolve to their TypeScript sources, as the rest of the repo does.
    conditions: ['source'],
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
    metafile: true,
    plugins,
  })
}

/** The biggest inputs (minified bytes each), so a missed goal names what weighs. */
function listLargest(inputs: Iterable<[string, number]>, count: number): string[] {
  return [...inputs]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([file, bytes]) => `${file.replace(/^.*?(packages|node_modules)\//, '')} ${bytes} B`)
}

/** Bundles `source` for the browser, minified; returns the minified and gzipped byte counts. */
export async function measureBundle(source: string): Promise<{ minified: number; gzipped: number; largest: string[] }> {
  const result = await bundleApp(source, false)
  const inputs = Object.entries(result.metafile.outputs)[0]?.[1].inputs ?? {}
  const largest = listLargest(
    Object.entries(inputs).map(([file, info]) => [file, info.bytesInOutput]),
    6,
  )
  const code = result.outputFiles[0]?.contents ?? new Uint8Array()
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, largest }
}

/** Runs measurement 3. */
export async function measureSize(log: (line: string) => void): Promise<ResultRow[]> {
  log('size: bundling both apps with esbuild')
  let theirs: Awaited<ReturnType<typeof measureBundle>> | undefined
  let theirsWhy = ''
  try {
    theirs = await measureBundle(sizeApps.b24jssdk)
  } catch (error) {
    theirsWhy = (error as Error).message.split('\n').slice(0, 3).join(' ')
  }
  let ours: Awaited<ReturnType<typeof measureBundle>>
  try {
    ours = await measureBundle(sizeApps.ours)
  } catch (error) {
    return [
      createGapRow('3', 'client', 'gzipped app calling crmContactDelete', (error as Error).message.split('\n')[0] ?? '', {
        op: '<=',
        limit: 2.5,
      }),
    ]
  }
  const peer = theirs
    ? `; @bitrix24/b24jssdk 2.2.0: ${formatBytes(theirs.gzipped)} gzipped (${formatBytes(theirs.minified)} min), ${(theirs.gzipped / ours.gzipped).toFixed(0)}x ours`
    : `; @bitrix24/b24jssdk could not be bundled: ${theirsWhy}`
  const row = createGoalRow({
    id: '3',
    area: 'client',
    what: 'app calling crmContactDelete: KB min+gzip',
    measured: `${formatBytes(ours.gzipped)} gzipped (${formatBytes(ours.minified)} min)${peer}`,
    ratio: ours.gzipped / 1024,
    goal: { op: '<=', limit: 2.5 },
  })
  if (row.status === 'not met')
    row.note = `Largest inputs of our bundle (minified bytes): ${ours.largest.join(', ')}. What remains is what one call needs: the transport (validation, timeout and abort, the 30x rule, classification, redaction), the system rows (codes, no texts) and the method's descriptor (an error row keeps its Russian text only where the text tells it apart); OAuth and its refresh load only where configured.`
  return [row]
}

/** What an app built with code splitting loads: its entry's static closure, then what one call loads. */
export interface SplitSize {
  /** Every file gzipped on its own (as a server compresses each), summed; and minified bytes. */
  gzipped: number
  /** The same of the entry and its static imports alone (what an app loads before any call). */
  entryGzipped: number
  minified: number
  files: number
  largest: string[]
}

/**
 * Bundles `source` for the browser with code splitting (as Vite and Rollup do for dynamic
 * imports), and sums what loads: the entry with its static imports, and the chunks of the
 * `loads` inputs (the modules a call imports by need) with theirs. `plugins` may serve some
 * modules from memory (an input of a plugin's namespace is named `namespace:path`, found by its path).
 */
export async function measureSplitApp(source: string, loads: readonly string[], plugins: Plugin[] = []): Promise<SplitSize> {
  const result = await bundleApp(source, true, plugins)
  const name = (path: string) => path.slice(path.lastIndexOf('/') + 1)
  const outputs = new Map(Object.entries(result.metafile.outputs).map(([path, meta]) => [name(path), meta]))
  const code = new Map(result.outputFiles.map((f) => [name(f.path), f.contents]))
  const chunkOf = (input: string) => {
    const at = (entry = '') => entry === input || entry.endsWith(`/${input}`) || entry.endsWith(`:${input}`)
    const found = [...outputs].find(([, meta]) => at(meta.entryPoint))
    if (!found) throw new Error(`no chunk of ${input} in the split bundle`)
    return found[0]
  }
  // What loading these chunks loads: them and their static imports, transitively.
  const close = (chunks: string[]) => {
    const loaded = new Set<string>()
    for (const queue = chunks; queue.length > 0; ) {
      const file = queue.pop() as string
      if (loaded.has(file)) continue
      loaded.add(file)
      for (const i of outputs.get(file)?.imports ?? []) if (i.kind === 'import-statement') queue.push(name(i.path))
    }
    return loaded
  }
  const sizeOf = (files: Iterable<string>) =>
    [...files].reduce((sum, file) => sum + gzipSync(code.get(file) ?? new Uint8Array(), { level: 9 }).length, 0)
  const entry = chunkOf('app.entry.ts')
  const loaded = close([entry, ...loads.map(chunkOf)])
  const inputs = new Map<string, number>()
  for (const file of loaded)
    for (const [input, info] of Object.entries(outputs.get(file)?.inputs ?? {}))
      inputs.set(input, (inputs.get(input) ?? 0) + info.bytesInOutput)
  const largest = listLargest(inputs, 8)
  const minified = [...loaded].reduce((sum, file) => sum + (code.get(file)?.length ?? 0), 0)
  return { gzipped: sizeOf(loaded), entryGzipped: sizeOf(close([entry])), minified, files: loaded.size, largest }
}
