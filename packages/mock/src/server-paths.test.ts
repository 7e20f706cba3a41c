/**
 * The server's two paths answer alike: `via: 'node'` (the request read straight from node:http) and
 * `via: 'fetch'` (copied into a WHATWG Request for `engine.dispatch`, as the MSW handlers do). The
 * same requests go to one server of each; status, raw headers (all but Date), bodies, journals and
 * stores must match byte for byte.
 */
import { request as sendHttp } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { createManualClock, type MockPortalOptions } from './index.js'
import { type MockServer, type MockServerOptions, startMockServer } from './server.js'

/** One request as sent on the wire. */
interface Wire {
  method?: string
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
}

/** What came back: the answer, or a dropped connection. */
type Answer = { status: number; headers: string[]; body: string } | { dropped: true }

const hook = '/rest/1/b24kitmockcode/'
const token = 'b24kit-mock-token'
const json = { 'content-type': 'application/json' }
const form = { 'content-type': 'application/x-www-form-urlencoded' }
const bom = Buffer.from([0xef, 0xbb, 0xbf])

function send(base: string, wire: Wire): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const url = new URL(base)
    const req = sendHttp(
      { host: url.hostname, port: url.port, method: wire.method ?? 'GET', path: wire.path, headers: wire.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const headers: string[] = []
          for (let i = 0; i < res.rawHeaders.length; i += 2) {
            const name = res.rawHeaders[i] ?? ''
            if (name.toLowerCase() !== 'date') headers.push(`${name}: ${res.rawHeaders[i + 1]}`)
          }
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString('latin1') })
        })
      },
    )
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNRESET') resolve({ dropped: true })
      else reject(error)
    })
    req.end(wire.body)
  })
}

function createMultipart(parts: { name: string; value: string; filename?: string }[], boundary = 'b24kitBoundary'): Buffer {
  const lines = parts.flatMap((p) => [
    `--${boundary}`,
    `Content-Disposition: form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ''}`,
    ...(p.filename ? ['Content-Type: text/plain'] : []),
    '',
    p.value,
  ])
  return Buffer.from(`${[...lines, `--${boundary}--`, ''].join('\r\n')}`)
}

const started: MockServer[] = []
afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.close()))
})

/** Starts one server per path with the same options, each with its own manual clock unless given one. */
async function startPair(options: MockServerOptions = {}, ownClock = true) {
  const start = (via: 'node' | 'fetch') =>
    startMockServer({ ...(ownClock ? { clock: createManualClock() } : {}), ...options, via }).then((server) => {
      started.push(server)
      return server
    })
  return { node: await start('node'), fetch: await start('fetch') }
}

/** Sends each request to both servers in turn and returns the answers side by side. */
async function sendBoth(pair: { node: MockServer; fetch: MockServer }, wires: readonly Wire[]) {
  const node: Answer[] = []
  const fetched: Answer[] = []
  for (const wire of wires) {
    node.push(await send(pair.node.url, wire))
    fetched.push(await send(pair.fetch.url, wire))
  }
  return { node, fetch: fetched }
}

function expectSameJournals(pair: { node: MockServer; fetch: MockServer }) {
  expect(pair.node.engine.journal.length).toBeGreaterThan(0)
  expect(pair.node.engine.journal).toEqual(pair.fetch.engine.journal)
  expect(pair.node.engine.store.snapshot()).toEqual(pair.fetch.engine.store.snapshot())
}

const encodings: [string, Wire][] = [
  ['GET query', { path: `${hook}crm.contact.get?id=50` }],
  [
    'GET list with filter, order and select',
    { path: `${hook}crm.contact.list?filter[NAME]=Ivan&order[ID]=DESC&select[]=ID&select[]=NAME` },
  ],
  ['GET with a body the server ignores', { path: `${hook}crm.contact.get?id=50`, headers: json, body: '{"id":1}' }],
  ['GET fields, name in capitals with .json', { path: `${hook}CRM.Contact.Fields.json` }],
  [
    'form',
    {
      method: 'POST',
      path: `${hook}crm.contact.add`,
      headers: form,
      body: 'fields[NAME]=Petr&fields[PHONE][0][VALUE]=%2B7 1&fields[OPENED]=N',
    },
  ],
  ['form over the query', { method: 'POST', path: `${hook}crm.contact.get?id=1`, headers: form, body: 'id=50' }],
  [
    'form with charset and odd spacing',
    {
      method: 'POST',
      path: `${hook}crm.contact.get`,
      headers: { 'content-type': ' Application/X-WWW-Form-Urlencoded ; charset=UTF-8' },
      body: 'ID=50',
    },
  ],
  ['form with a BOM', { method: 'POST', path: `${hook}crm.contact.get`, headers: form, body: Buffer.concat([bom, Buffer.from('id=50')]) }],
  [
    'form with bad UTF-8',
    {
      method: 'POST',
      path: `${hook}crm.contact.update`,
      headers: form,
      body: Buffer.from([...Buffer.from('id=50&fields[NAME]=a'), 0xff, 0xfe, 0x41]),
    },
  ],
  [
    'form named inside another type',
    {
      method: 'POST',
      path: `${hook}crm.contact.get?id=50`,
      headers: { 'content-type': 'text/plain; x=application/x-www-form-urlencoded' },
      body: 'id=1',
    },
  ],
  [
    'form, appended keys',
    { method: 'POST', path: `${hook}crm.contact.list`, headers: form, body: 'select[]=ID&select[]=LAST_NAME&filter[%3EID]=10' },
  ],
  [
    'multipart',
    {
      method: 'POST',
      path: `${hook}crm.contact.update`,
      headers: { 'content-type': 'multipart/form-data; boundary=b24kitBoundary' },
      body: createMultipart([
        { name: 'id', value: '50' },
        { name: 'fields[NAME]', value: 'Multi' },
      ]),
    },
  ],
  [
    'multipart with a file',
    {
      method: 'POST',
      path: `${hook}crm.contact.add`,
      headers: { 'content-type': 'multipart/form-data; boundary=b24kitBoundary' },
      body: createMultipart([{ name: 'fields[NAME]', value: 'x', filename: 'name.txt' }]),
    },
  ],
  [
    'multipart with a wrong boundary',
    {
      method: 'POST',
      path: `${hook}crm.contact.get?id=50`,
      headers: { 'content-type': 'multipart/form-data; boundary=other' },
      body: createMultipart([{ name: 'id', value: '1' }]),
    },
  ],
  ['JSON', { method: 'POST', path: `${hook}crm.contact.get`, headers: json, body: '{"id":50}' }],
  [
    'JSON with charset over the query',
    {
      method: 'POST',
      path: `${hook}crm.contact.get?id=1`,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{"ID":"50abc"}',
    },
  ],
  [
    'JSON with a BOM',
    { method: 'POST', path: `${hook}crm.contact.get`, headers: json, body: Buffer.concat([bom, Buffer.from('{"id":50}')]) },
  ],
  [
    'JSON add with multi-fields',
    {
      method: 'POST',
      path: `${hook}crm.contact.add`,
      headers: json,
      body: JSON.stringify({ fields: { NAME: 'Олег', EMAIL: [{ VALUE: 'o@example.com' }] } }),
    },
  ],
  ['JSON array', { method: 'POST', path: `${hook}crm.contact.get?id=50`, headers: json, body: '[1,2]' }],
  ['broken JSON', { method: 'POST', path: `${hook}crm.contact.get?id=50`, headers: json, body: '{"id":' }],
  [
    'JSON with a __proto__ key',
    { method: 'POST', path: `${hook}crm.contact.get`, headers: json, body: '{"__proto__":{"id":1},"id":50,"auth":"x"}' },
  ],
  ['a body without a content type', { method: 'POST', path: `${hook}crm.contact.get?id=50`, body: 'id=1' }],
  ['an empty JSON body', { method: 'POST', path: `${hook}crm.contact.get?id=50`, headers: json, body: '' }],
  ['PUT, DELETE and PATCH', { method: 'PUT', path: `${hook}crm.contact.get`, headers: json, body: '{"id":50}' }],
  ['DELETE', { method: 'DELETE', path: `${hook}crm.contact.get?id=50` }],
  ['PATCH', { method: 'PATCH', path: `${hook}crm.contact.get`, headers: form, body: 'id=50' }],
  ['HEAD', { method: 'HEAD', path: `${hook}crm.contact.get?id=50` }],
  ['percent-encoded method name', { path: `${hook}crm.contact.%67et?id=50` }],
  ['broken percent-encoding', { path: `${hook}crm.contact.%E0%A4%A?id=50` }],
  ['dot segments', { path: '/rest/1/x/../b24kitmockcode/crm.contact.get?id=50' }],
  ['backslashes', { path: '/rest\\1\\b24kitmockcode\\crm.contact.get?id=50' }],
  ['a query URL would re-encode', { path: `${hook}crm.contact.get?id=50&q="<x>"&r={y}&s=é` }],
  ['a query opening with ?', { path: `${hook}crm.contact.get??id=50&id=1` }],
  ['a path outside /rest', { path: '/api/crm.contact.get?id=50' }],
  ['/rest/ alone', { path: '/rest/' }],
  ['webhook without a method', { path: hook }],
  ['too many path parts', { path: '/rest/1/b24kitmockcode/x/crm.contact.get' }],
  ['an unknown method', { path: `${hook}crm.nothing.here` }],
  ['a wrong webhook code', { path: '/rest/1/wrongcode/crm.contact.get?id=50' }],
  ['an unknown webhook user', { path: '/rest/7/b24kitmockcode/crm.contact.get?id=50' }],
  ['OAuth auth in the query', { path: `/rest/crm.contact.get?auth=${token}&id=50` }],
  ['OAuth bearer header', { path: '/rest/crm.contact.get.json?id=50', headers: { authorization: `Bearer ${token}` } }],
  [
    'OAuth auth in a JSON body',
    { method: 'POST', path: '/rest/crm.contact.get', headers: json, body: JSON.stringify({ auth: token, id: 50 }) },
  ],
  [
    'OAuth access_token in a form',
    { method: 'POST', path: '/rest/crm.contact.list', headers: form, body: `access_token=${token}&select[]=ID` },
  ],
  ['OAuth with a wrong token', { path: '/rest/crm.contact.get?auth=nope&id=50' }],
  ['no credentials', { path: '/rest/crm.contact.get?id=50' }],
  ['invalid parameters', { path: `${hook}crm.contact.delete?ID=abc` }],
  [
    'batch with references',
    {
      method: 'POST',
      path: `${hook}batch`,
      headers: form,
      body: 'halt=0&cmd[a]=crm.contact.get%3Fid%3D50&cmd[b]=crm.contact.update%3Fid%3D%24result%5Ba%5D%5BID%5D%26fields%5BNAME%5D%3DB&cmd[c]=batch&cmd[d]=crm.contact.get%3Fid%3D999',
    },
  ],
  [
    'batch as a JSON list with auth inside',
    {
      method: 'POST',
      path: '/rest/batch',
      headers: json,
      body: JSON.stringify({
        auth: token,
        halt: 1,
        cmd: [`crm.contact.get?id=50&auth=${token}`, 'crm.contact.get?id=1', 'crm.contact.fields'],
      }),
    },
  ],
  ['delete', { method: 'POST', path: `${hook}crm.contact.delete`, headers: json, body: '{"id":50}' }],
  ['delete again: not found', { method: 'POST', path: `${hook}crm.contact.delete`, headers: json, body: '{"id":50}' }],
]

describe('the node path and the fetch path of startMockServer', () => {
  it('answer every encoding, credential and error alike', async () => {
    const pair = await startPair()
    const answers = await sendBoth(
      pair,
      encodings.map(([, wire]) => wire),
    )
    encodings.forEach(([title], i) => {
      expect({ title, answer: answers.node[i] }).toEqual({ title, answer: answers.fetch[i] })
    })
    // Enough of the set reached a method to mean something: successes, method errors, system errors.
    const statuses = new Set(answers.node.map((a) => ('status' in a ? a.status : 0)))
    expect([...statuses].sort()).toEqual(expect.arrayContaining([200, 400, 401, 404]))
    expect(answers.node[0]).toMatchObject({
      status: 200,
      headers: expect.arrayContaining(['Content-Type: application/json; charset=utf-8']),
    })
    expectSameJournals(pair)
  })

  it.each<[string, MockPortalOptions, Wire[]]>([
    ['English texts', { lang: 'en' }, [{ path: `${hook}crm.contact.get?id=1` }, { path: '/rest/crm.contact.get' }]],
    [
      'a missing right',
      { users: [{ id: 1, permissions: { contact: ['read'] } }] },
      [{ path: `${hook}crm.contact.delete?id=50` }, { path: `${hook}crm.contact.get?id=50` }],
    ],
    [
      'a missing scope',
      { webhooks: [{ userId: 1, code: 'b24kitmockcode', scopes: ['user'] }] },
      [{ path: `${hook}crm.contact.get?id=50` }],
    ],
    ['an expired token', { oauthTokens: [{ token, expiresAt: 0 }] }, [{ path: `/rest/crm.contact.get?auth=${token}&id=50` }]],
    [
      'strict HTTPS',
      { strictHttps: true },
      [{ path: `${hook}crm.contact.get?id=50` }, { path: `/rest/crm.contact.get?auth=${token}&id=50` }],
    ],
    [
      'the leaky bucket',
      { plan: { drainPerSecond: 1, burst: 3 } },
      Array.from({ length: 6 }, () => ({ path: `${hook}crm.contact.get?id=50` })),
    ],
    [
      'the operating budget',
      { operatingBudgetSeconds: 2, faults: { latency: { fixedMs: 1500 } } },
      Array.from({ length: 4 }, () => ({ path: `${hook}crm.contact.fields` })),
    ],
    [
      'injected errors, latency and drops from one seed',
      {
        randomSeed: 7,
        faults: {
          latency: { distribution: 'exponential', meanMs: 40 },
          errors: [
            { code: 'QUERY_LIMIT_EXCEEDED', rate: 0.2 },
            { method: 'crm.contact.get', code: 'ERROR_NOT_FOUND', rate: 0.2 },
          ],
          drop: { rate: 0.2 },
        },
      },
      Array.from({ length: 30 }, (_, i) => ({
        method: 'POST',
        path: `${hook}crm.contact.${i % 2 ? 'get' : 'fields'}`,
        headers: json,
        body: '{"id":50}',
      })),
    ],
  ])('answer alike with %s', async (_title, options, wires) => {
    const pair = await startPair(options)
    const answers = await sendBoth(pair, wires)
    expect(answers.node).toEqual(answers.fetch)
    expect(new Set(answers.node.map((a) => ('dropped' in a ? 'dropped' : a.status))).size).toBeGreaterThan(wires.length > 1 ? 1 : 0)
    expectSameJournals(pair)
  })

  it('answer alike on the real clock, once the time block is normalised', async () => {
    const pair = await startPair({ faults: { latency: { fixedMs: 3 } } }, false)
    const wires: Wire[] = [{ path: `${hook}crm.contact.get?id=50` }, { path: `${hook}crm.contact.list?select[]=ID` }]
    const answers = await sendBoth(pair, wires)
    // The time block's digits vary, and with them Content-Length: each must still match its body.
    const normalise = (a: Answer) => {
      if (!('body' in a)) return a
      expect(a.headers).toContain(`Content-Length: ${Buffer.byteLength(a.body, 'latin1')}`)
      const headers = a.headers.map((h) => (h.startsWith('Content-Length:') ? 'Content-Length: *' : h))
      return { ...a, headers, body: a.body.replace(/"time":\{[^}]*\}/, '"time":{}') }
    }
    expect(answers.node.map(normalise)).toEqual(answers.fetch.map(normalise))
    expect(answers.node[0]).toMatchObject({ status: 200, body: expect.stringContaining('"time":{"start":') })
    const strip = (server: MockServer) => server.engine.journal.map(({ at: _at, ...entry }) => entry)
    expect(strip(pair.node)).toEqual(strip(pair.fetch))
  })

  it('keep only the last journalLimit calls alike', async () => {
    const pair = await startPair({ journalLimit: 3 })
    const wires = Array.from({ length: 5 }, (_, i): Wire => ({ path: `${hook}crm.contact.get?id=${50 + i}` }))
    await sendBoth(pair, wires)
    expect(pair.node.engine.journal.map((e) => e.seq)).toEqual([3, 4, 5])
    expect(pair.node.engine.journal.map((e) => e.params)).toEqual([{ id: '52' }, { id: '53' }, { id: '54' }])
    expectSameJournals(pair)
  })

  it('refuse a body over the cap alike, with 413 and Connection: close', async () => {
    const pair = await startPair({ maxBodyBytes: 100 })
    const wires: Wire[] = [
      { method: 'POST', path: `${hook}crm.contact.delete`, headers: form, body: `id=50&pad=${'x'.repeat(1000)}` },
      { method: 'POST', path: `${hook}crm.contact.delete`, headers: form, body: `id=50&pad=${'x'.repeat(80)}` },
    ]
    const answers = await sendBoth(pair, wires)
    expect(answers.node).toEqual(answers.fetch)
    expect(answers.node[0]).toMatchObject({ status: 413, headers: expect.arrayContaining(['Connection: close']) })
    expect(answers.node[1]).toMatchObject({ status: 200 })
  })
})
