/**
 * The size goal (issue 8): an app that imports one standalone method function and the smallest
 * client bundles (esbuild, minified, gzipped) to at most 2.5 KiB: 2,549 bytes measured, once the
 * descriptors kept an error row's Russian text only where it tells the row apart (2,596 before);
 * 2,551 once createClient loaded its own copy of the system rows by need; 2,514 once the transport's
 * attempt became a closure of its call and the classifier matched the method's rows itself.
 * Issue 15's goal for the `createClient` tree app is 3 KB.
 */
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

const app = `
import { createBaseClient, crmContactDelete } from './index.ts'
const client = createBaseClient({ webhookUrl: 'https://example.bitrix24.ru/rest/1/abc123/' })
console.log(await crmContactDelete(client, { id: 50 }))
`

describe('bundle size', () => {
  it('of an app importing only crmContactDelete is at most 2.5 KiB minified and gzipped', async () => {
    const out = await build({
      stdin: { contents: app, resolveDir: import.meta.dirname, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
    })
    const code = out.outputFiles[0]?.contents ?? new Uint8Array()
    const gzipped = gzipSync(code, { level: 9 }).length
    expect(gzipped).toBeLessThanOrEqual(2560)
    // Nothing of the method tree, batch or the policies comes along.
    const text = new TextDecoder().decode(code)
    expect(text).not.toMatch(/drainPerSecond|result_error|operating_reset_at|refreshToken|createMethodTree/)
    // The system rows are imported, once, as they are: not wrapped for loading by need (createClient's copy is what loads by need).
    expect(text.match(/QUERY_LIMIT_EXCEEDED/g)).toHaveLength(1)
    expect(text).not.toMatch(/import\(/)
  })
})

/** Bundles an app with code splitting, as an app loading chunks by need is built; reads the chunk graph. */
async function bundleSplit(contents: string) {
  const out = await build({
    stdin: { contents, resolveDir: import.meta.dirname, loader: 'ts', sourcefile: 'app.ts' },
    bundle: true,
    splitting: true,
    outdir: 'out',
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
  })
  const name = (path: string) => path.slice(path.lastIndexOf('/') + 1)
  const outputs = new Map(Object.entries(out.metafile.outputs).map(([path, meta]) => [name(path), meta]))
  const texts = new Map(out.outputFiles.map((f) => [name(f.path), f.contents]))
  // What loading a chunk loads with it: its static imports, transitively.
  const closure = (start: string) => {
    const seen = new Set<string>()
    for (const queue = [start]; queue.length > 0; ) {
      const file = queue.pop() as string
      if (seen.has(file)) continue
      seen.add(file)
      for (const i of outputs.get(file)?.imports ?? []) if (i.kind === 'import-statement') queue.push(name(i.path))
    }
    return seen
  }
  const chunkOf = (input: string) => [...outputs].find(([, meta]) => meta.entryPoint?.endsWith(input))?.[0] ?? ''
  const entry = chunkOf('app.ts')
  const read = (files: Iterable<string>) => [...files].map((f) => new TextDecoder().decode(texts.get(f)))
  const gzipped = (files: Iterable<string>) =>
    [...files].reduce((sum, f) => sum + gzipSync(texts.get(f) ?? new Uint8Array(), { level: 9 }).length, 0)
  return { entry, closure, chunkOf, read, gzipped }
}

describe('the createClient tree app', () => {
  const app = `import { createClient } from './index.ts'
const b24 = createClient({ webhookUrl: 'https://example.bitrix24.ru/rest/1/abc123/' })
b24.crm.contact.delete({ id: 50 }).then((ok) => console.log(ok))`

  it('loads up front no descriptor and no method, only the namespaces; the call loads its own descriptor alone', async () => {
    const split = await bundleSplit(app)
    const initial = split.closure(split.entry)
    const text = split.read(initial).join('\n')
    expect(text).not.toMatch(/method:"crm\.|ID is not defined/)
    expect(text).toMatch(/crm:\(\)=>import\("\.\/crm-[\w]+\.js"\)/)
    // batch, deleteMany and the pager load by need: none of their code, nor a chunk that holds it, is loaded up front.
    expect(text).not.toMatch(/result_error|is not a list method|is not a delete method|encodeURIComponent/)
    // One file: no chunk shared with what loads by need (esbuild loads such a chunk up front, used or not).
    expect(initial.size).toBe(1)
    // OAuth loads by need, createClient's setup of it (the refresh at the OAuth server) included.
    expect(text).not.toMatch(/grant_type|params,auth:|oauthServerUrl/)
    // So do the logger's work and deleteMany and the pager by name.
    expect(text).not.toMatch(/event:"request"|needs a method with a spec/)
    // What the entry can load by need, one chunk each: the namespace table, the system rows, the
    // optional policies (onTime, OAuth) with the logger's work, batch, deleteMany and the pager by
    // name, and the retries with the real clock's wait (with a call's first failure or first wait).
    const chunks = [...text.matchAll(/import\("\.\/([\w-]+)-\w{8}\.js"\)/g)].map((m) => m[1])
    expect(new Set(chunks)).toEqual(new Set(['crm', 'system-errors-by-need', 'optional-policy', 'by-name', 'waits']))
    // Neither the retries' backoff nor the timer of a wait is in the entry.
    expect(text).not.toMatch(/2\*\*|setTimeout/)
    const waits = split.read(split.closure(split.chunkOf('waits.ts'))).join('\n')
    expect(waits).toMatch(/2\*\*/)
    expect(waits).toContain('setTimeout')
    // And onTime's report of each answer's time, with OAuth's setup, for a client given either.
    const reportsTime = /\.time&&\w+\?\.\(\w+\.time,\w+\.method\)/
    expect(text).not.toMatch(reportsTime)
    expect(split.read(split.closure(split.chunkOf('optional-policy.ts'))).join('\n')).toMatch(reportsTime)
    // And the system rows, which only an error answer needs: their own chunk, loaded with the first one.
    expect(text).not.toContain('QUERY_LIMIT_EXCEEDED')
    expect(split.read(split.closure(split.chunkOf('system-errors-by-need.ts'))).join('\n')).toContain('QUERY_LIMIT_EXCEEDED')
    // crm has many families, so the call takes the step through the table of those starting with c (and its neighbour letters).
    const letters = /'(\w*c\w*)\*'/.exec(readFileSync(new URL('./generated/lazy/crm.ts', import.meta.url), 'utf8'))?.[1]
    expect(letters).toBeTruthy()
    const loads = ['lazy/crm.ts', `lazy/crm/${letters}-.ts`, 'lazy/crm/contact.ts', 'descriptors/crm-contact-delete.ts']
    for (const f of loads) expect(split.chunkOf(f), f).not.toBe('')
    const call = new Set(loads.flatMap((f) => [...split.closure(split.chunkOf(f))]))
    const loaded = split.read(call).join('\n')
    expect(loaded).toContain('method:"crm.contact.delete"')
    // Another method's descriptor stays in its own chunk, which this call never loads.
    expect(loaded).not.toContain('method:"crm.contact.add"')
    // The whole app, with what the call loads (each file gzipped): 6,373 bytes at 27 methods, 6,529
    // at 58, 6,964 at 259. What grows is the `crm` table of families (about 40 in the real API) and
    // the contact family's table (20 methods now); both stop at the real families' sizes. The bench
    // measures the same at 10 and 2,000 methods (issue 15, rows s3a and s3b). 5,700 bytes at 331
    // methods once batch, deleteMany, the pager and the OAuth policy loaded by need; 5,131 once the
    // OAuth setup, the logger's work and deleteMany and the pager by name did too, and 5,303 with
    // the table of the families starting with c counted (the figures before left it out); 4,786 once
    // the system rows loaded with the first error answer; 4,741 with neighbour letters sharing a table;
    // 4,627 once the core was written smaller (one lookup walk, one tree proxy, the attempt a closure);
    // 4,598 once onTime's report loaded by need with the OAuth setup; 4,581 once batch, deleteMany and
    // the pager by name shared one chunk; 4,559 once a letter group was one row of the namespace's
    // table (`cd*`); 4,523 once the lookup kept no cache beside the module system's; 4,512 once
    // loadMiddleware was written smaller; 4,364 once the logger's work shared the options' chunk and
    // the retries and the real clock's wait loaded by need (one chunk); 4,369 once a call skipped
    // AbortSignal.any and the Location header where they do nothing (~40 µs a call, row 4); 4,370
    // with batch's new types: the same code, its names minified differently (esbuild picks short
    // names by the characters of the sources, type annotations included).
    expect(split.gzipped(new Set([...initial, ...call]))).toBeLessThanOrEqual(4370)
  })
})

describe('the OAuth refresher', () => {
  it('is a chunk of its own, loaded only when oauth has a clientId or exchangeCode runs, never with the entry of a createClient app', async () => {
    const split = await bundleSplit(
      `import { createClient } from './index.ts'\nconsole.log(createClient({ webhookUrl: 'https://example.bitrix24.ru/rest/1/abc123/' }))`,
    )
    expect(split.read(split.closure(split.entry)).join('\n')).not.toMatch(/grant_type|client_secret/)
    expect(split.read(split.closure(split.chunkOf('oauth-refresh.ts'))).join('\n')).toContain('grant_type')
  })
})
