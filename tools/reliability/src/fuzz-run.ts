/**
 * The mock fuzzing loop shared by the in-process and the over-HTTP tests: generate a request, send
 * it through a transport, check the answer's envelope, the journal and the store's invariants.
 */
import type { MockEngine } from '@b24kit/mock'
import fc from 'fast-check'
import { expect } from 'vitest'
import { checkEnvelope, readOutcomes, type WireAnswer } from './envelope-check.js'
import { bump, type Figure } from './figures.js'
import { captureStore, checkStoreInvariants, type FuzzPortalSetup } from './fuzz-portals.js'
import { type FuzzRequest, fuzzRequest, toWireRequest, type WireRequest } from './mock-requests.js'
import type { DocumentedAnswers } from './spec-rows.js'
import { checkXmlEnvelope, isXmlRequest, readXmlOutcomes } from './xml-envelope-check.js'

/** Portals under test: their setups and engines (in-process portals or the servers' engines). */
export interface FuzzTarget {
  setups: readonly FuzzPortalSetup[]
  engines: readonly MockEngine[]
  /** Sends a request to portal `index`; resolves to what came back on the wire. */
  send(index: number, wire: WireRequest, r: FuzzRequest): Promise<WireAnswer>
  /** Bodies over this many bytes must be refused with 413 before reaching the engine. */
  maxBodyBytes?: number
  /** A request line over this many bytes must be refused with 431 (node:http's header cap). */
  maxHeaderBytes?: number
}

/** What one fuzzing run is called and how it runs. */
export interface FuzzRun {
  title: string
  source: string
  seed: number
  numRuns: number
  /** Padding of the rare huge bodies. */
  hugePadding?: number
}

async function runOne(
  answers: DocumentedAnswers,
  target: FuzzTarget,
  r: FuzzRequest,
  details: Record<string, number | string>,
): Promise<string[]> {
  const engine = target.engines[r.portal] as MockEngine
  const setup = target.setups[r.portal] as FuzzPortalSetup
  // Keep enough records for deletes to keep hitting, and few enough that reading the whole store
  // before and after each request stays cheap (adds to several entities would otherwise grow it
  // without bound over 10,000 requests); the journal is checked per request, then cleared.
  if (
    answers.deletes.some((d) => engine.store.list(d.entity).length < 20) ||
    answers.entities.some((e) => engine.store.list(e.name).length > 200)
  ) {
    lastImages.delete(engine.store)
    engine.reset()
  }
  engine.journal.length = 0
  setup.clock?.advance(300)
  const wire = await toWireRequest(r)
  // Only requests change a store, so the image taken after one request is the next one's before.
  const before = lastImages.get(engine.store) ?? captureStore(engine.store)
  const answer = await target.send(r.portal, wire, r)
  bump(details, `HTTP ${answer.status}`)
  const overHeaders = target.maxHeaderBytes !== undefined && wire.pathAndQuery.length > target.maxHeaderBytes
  const overBody = target.maxBodyBytes !== undefined && (wire.body?.length ?? 0) > target.maxBodyBytes
  if (overHeaders || overBody) {
    // Over a cap: 431 or 413, and the engine never saw the request.
    const want = overHeaders ? 431 : 413
    const problems = answer.status === want ? [] : [`an over-large request got HTTP ${answer.status}, not ${want}`]
    if (engine.journal.length) problems.push('an over-large request reached the engine')
    problems.push(...checkStoreInvariants(answers, before, captureAfter(engine.store), []))
    return problems
  }
  // A HEAD answer carries no body over HTTP, so how many deletes it made cannot be read from it.
  const headless = r.httpMethod === 'HEAD' && answer.body === ''
  const xml = isXmlRequest(r.path)
  const problems = xml ? checkXmlEnvelope(answers, answer, headless) : checkEnvelope(answers, answer, r.method, headless)
  if (xml) bump(details, 'answers in XML (.xml)')
  const cmd = r.params.find(([k]) => k === 'cmd')?.[1]
  const read = () =>
    xml ? readXmlOutcomes(answers, answer.body, answer.status, r.method) : readOutcomes(answer.body, answer.status, r.method, cmd)
  const outcomes = problems.length || headless ? undefined : read()
  for (const o of outcomes ?? []) bump(details, `${answers.operations.get(o.method)?.kind ?? 'other'} calls that succeeded`)
  if (r.method === 'batch' && answer.status === 200) bump(details, 'batches answered 200')
  problems.push(...checkStoreInvariants(answers, before, captureAfter(engine.store), outcomes))
  const entry = engine.journal[0]
  if (engine.journal.length !== 1 || entry?.status !== answer.status)
    problems.push(`journal holds ${engine.journal.length} entries, status ${entry?.status}`)
  return problems
}

/** The store images taken after the last request on each portal. */
const lastImages = new WeakMap<MockEngine['store'], ReturnType<typeof captureStore>>()

function captureAfter(store: MockEngine['store']): ReturnType<typeof captureStore> {
  const image = captureStore(store)
  lastImages.set(store, image)
  return image
}

/** Runs `numRuns` seeded requests; fails (with fast-check's seed and path) at the first problem. */
export async function runMockFuzz(answers: DocumentedAnswers, target: FuzzTarget, run: FuzzRun): Promise<Figure> {
  const details: Record<string, number | string> = {}
  let cases = 0
  let failures = 0
  await fc.assert(
    fc.asyncProperty(fuzzRequest(target.setups.length, answers.methods, run.hugePadding), async (r) => {
      cases++
      const problems = await runOne(answers, target, r, details).catch((error: unknown) => [`crash: ${String(error)}`])
      if (problems.length) failures++
      expect(problems).toEqual([])
    }),
    { seed: run.seed, numRuns: run.numRuns },
  )
  return { row: 2, title: run.title, cases, failures, details: {}, extra: details, source: run.source, seed: run.seed }
}

/** Reads a fetch Response into a wire answer. */
export async function readWireAnswer(response: Response): Promise<WireAnswer> {
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.text() }
}
