/**
 * Measurement 3: minified + gzipped size of a browser app that deletes contact 50, bundled by
 * esbuild, with @b24kit/client (the standalone `crmContactDelete` on the tree-shakable base
 * transport) beside @bitrix24/b24jssdk (`B24Hook.fromWebhookUrl` + `actions.v2.call.make`, as its
 * README shows).
 */
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
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

/** Bundles `source` for the browser, minified; returns the minified and gzipped byte counts. */
export async function measureBundle(source: string): Promise<{ minified: number; gzipped: number; largest: string[] }> {
  const result = await build({
    stdin: { contents: source, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts', sourcefile: 'app.ts' },
    bundle: true,
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
  })
  // The biggest inputs, so a missed goal names what weighs.
  const inputs = Object.entries(result.metafile.outputs)[0]?.[1].inputs ?? {}
  const largest = Object.entries(inputs)
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .slice(0, 6)
    .map(([file, info]) => `${file.replace(/^.*?(packages|node_modules)\//, '')} ${info.bytesInOutput} B`)
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
    row.note = `Largest inputs of our bundle (minified bytes): ${ours.largest.join(', ')}. Any one method pulls in the whole transport (webhook and OAuth auth, token refresh, timeout, redaction) and the full system-error table. Not changed here (the client is not this package); what would help: classify system errors by code without shipping their texts, and keep OAuth refresh out of the webhook path.`
  return [row]
}
