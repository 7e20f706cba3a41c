/**
 * Issue 9, row 3: the client's answer parsing under arbitrary answers. A fake portal on 127.0.0.1
 * returns fast-check's statuses, headers and bodies (envelopes with odd values, batch shapes, any
 * JSON, HTML, truncated and invalid bytes, resets); every call must resolve or reject with a
 * B24ApiError of a documented kind, never another throw, and no error may show the webhook code.
 */
import { B24ApiError, type B24Client, createClient } from '@b24kit/client'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeAnswer, type FakePortal, startFakePortal } from './fake-portal.js'
import { bump, formatFigure, getFigurePath, writeFullFigure } from './figures.js'
import { type DocumentedAnswers, loadDocumentedAnswers } from './spec-rows.js'

const seed = 20_240_818
console.log(`client parsing fuzz seed: ${seed}`)
const canaryCode = 'canaryHOOK7q2w'

let answers: DocumentedAnswers
let portal: FakePortal
let b24: B24Client
beforeAll(async () => {
  answers = await loadDocumentedAnswers()
  portal = await startFakePortal()
  let now = 1_723_727_109_000
  b24 = createClient({
    webhookUrl: `${portal.url}/rest/1/${canaryCode}/`,
    allowInsecureLoopback: true,
    timeoutMs: 5_000,
    // Retries, the bucket and the operating guard stay on; their waits pass at once on this clock.
    clock: {
      now: () => now,
      sleep: async (ms) => {
        now += Math.min(ms, 3_600_000)
      },
    },
  })
})
afterAll(async () => {
  await portal.close()
})

/** Objects whose String() throws: `toString` and `valueOf` that are not functions. */
const hostileObject = fc.constantFrom(
  '{"toString":0}',
  '{"toString":{},"valueOf":1}',
  '{"valueOf":"x","toString":[]}',
  '{"__proto__":{"x":1}}',
  '{"constructor":1}',
)

const jsonText = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v))

/** The `error` and `error_description` values: documented ones, strings, any JSON, hostile objects. */
function errorValue(texts: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...texts).map((t) => JSON.stringify(t)) },
    { weight: 2, arbitrary: fc.string({ maxLength: 20 }).map((t) => JSON.stringify(t)) },
    { weight: 2, arbitrary: jsonText },
    { weight: 1, arbitrary: hostileObject },
  )
}

const timeBlock = fc.oneof(
  fc.constant(
    '{"start":1723727109.1,"finish":1723727109.2,"duration":0.1,"processing":0.1,"date_start":"2024-08-15T13:05:09+00:00","date_finish":"2024-08-15T13:05:09+00:00","operating":0,"operating_reset_at":1723727709}',
  ),
  fc.record({ operating: fc.double(), operating_reset_at: fc.double() }).map((t) => JSON.stringify(t)),
  jsonText,
)

function bodyText(texts: string[]): fc.Arbitrary<string | Uint8Array> {
  const value = errorValue(texts)
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.oneof(fc.constant('true'), jsonText), timeBlock).map(([r, t]) => `{"result":${r},"time":${t}}`) },
    { weight: 4, arbitrary: fc.tuple(value, value).map(([e, d]) => `{"error":${e},"error_description":${d}}`) },
    { weight: 1, arbitrary: value.map((e) => `{"error":${e}}`) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.oneof(jsonText, fc.constant('{"d0":true,"a":true}')),
          fc.oneof(
            jsonText,
            fc.tuple(value, value).map(([e, d]) => `{"d0":{"error":${e},"error_description":${d}},"d1":${e}}`),
          ),
        )
        .map(([r, e]) => `{"result":{"result":${r},"result_error":${e},"result_total":[],"result_next":[],"result_time":[]},"time":{}}`),
    },
    { weight: 2, arbitrary: jsonText },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        '<html><body><h1>502 Bad Gateway</h1></body></html>',
        '{"result":tru',
        '{"result":true,"time":{"start":',
        'null',
        '[]',
        '"result"',
        '{}',
      ),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  )
}

const status = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(200, 200, 200, 201, 204, 400, 401, 403, 404, 405, 429, 500, 502, 503, 504) },
  { weight: 2, arbitrary: fc.integer({ min: 200, max: 599 }) },
)

const headers = fc.record(
  {
    'content-type': fc.constantFrom(
      'application/json; charset=utf-8',
      'text/html',
      'text/plain',
      'application/json; charset=koi8-r',
      'application/octet-stream',
    ),
    'content-encoding': fc.constantFrom('gzip', 'br', 'identity'),
    location: fc.constantFrom(`/rest/1/${canaryCode}/crm.contact.delete`, '/elsewhere'),
    'retry-after': fc.constantFrom('0', '1', 'soon', '99999999'),
    'x-junk': fc.string({ maxLength: 20 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')),
  },
  { requiredKeys: [] },
)

/** One case: the answer the portal gives to every request of the call, and which call to make. */
function fuzzCase(texts: string[]) {
  return fc.record({
    answer: fc.record({
      status,
      headers,
      body: bodyText(texts),
      fault: fc.oneof(
        { weight: 12, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom<'reset' | 'midBody'>('reset', 'midBody') },
      ),
    }),
    call: fc.constantFrom('delete', 'untyped', 'deleteMany', 'batch'),
  })
}

describe('fuzzing the client answer parsing', () => {
  it('1,500 arbitrary answers: a result or a B24ApiError of a documented kind, never another throw, no secret shown', async () => {
    // The texts fed to the fuzzer stay fixed as specs are added, so the figure moves only with the client.
    const texts = [
      ...new Set(answers.errors.filter((e) => e.system || e.methods.includes('crm.contact.delete')).flatMap((e) => [e.code, ...e.texts])),
    ].sort()
    const details: Record<string, number | string> = {}
    let cases = 0
    let failures = 0
    const checkError = (error: unknown): string[] => {
      if (!(error instanceof B24ApiError)) return [`not a B24ApiError: ${String(error)}`]
      bump(details, `B24ApiError ${error.kind}`)
      const shown = `${error.message} ${error.stack} ${JSON.stringify(error)} ${String((error.cause as Error | undefined)?.message)}`
      const problems = answers.kinds.has(error.kind) ? [] : [`undocumented kind ${error.kind}`]
      return shown.includes(canaryCode) ? [...problems, 'the webhook code shows in the error'] : problems
    }
    await fc.assert(
      fc.asyncProperty(fuzzCase(texts), async ({ answer, call }) => {
        cases++
        portal.answer(answer as FakeAnswer)
        const problems: string[] = []
        try {
          if (call === 'delete') {
            const result: unknown = await b24.crm.contact.delete({ id: 50 })
            bump(details, 'resolved')
            if (result !== true) problems.push(`resolved with ${JSON.stringify(result)}, not the spec's true`)
          } else if (call === 'untyped') {
            await b24.callUntyped('some.method', { id: 1 })
            bump(details, 'resolved')
          } else if (call === 'deleteMany') {
            const report = await b24.deleteMany('crm.contact.delete', [1, 2])
            bump(details, 'resolved')
            for (const { error } of report.failed) problems.push(...checkError(error))
          } else {
            const report = await b24.batch({ a: { method: 'crm.contact.delete', params: { id: 3 } } })
            bump(details, 'resolved')
            for (const error of Object.values(report.errors)) problems.push(...checkError(error))
          }
        } catch (error) {
          problems.push(...checkError(error))
        }
        if (problems.length) failures++
        expect(problems).toEqual([])
      }),
      { seed, numRuns: 1_500 },
    )
    expect(cases).toBe(1_500)
    const figure = {
      row: 3,
      title: 'client answer parsing',
      cases,
      failures,
      details: {},
      extra: details,
      source: 'tools/reliability/src/client-parse-fuzz.test.ts',
      seed,
    }
    await writeFullFigure('client-parse-fuzz', figure)
    await expect(formatFigure(figure)).toMatchFileSnapshot(getFigurePath('client-parse-fuzz'))
  })
})
