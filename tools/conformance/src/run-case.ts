/**
 * Runs one case through the generated client, by one of its entry points, against whatever portal
 * answers at `baseUrl` (the mock's fetch in-process, or a server over HTTP), and reads the outcome.
 */
import * as b24kit from '@b24kit/client'
import { B24ApiError, type B24Client, createClient, descriptors, type MethodName } from '@b24kit/client'
import type { CaseError, ConformanceCase } from './case.js'
import { describeSetup, secrets } from './setup.js'
import { createWireRecorder, type WireExchange, type WireSend } from './wire.js'

/**
 * The client's entry points: the typed tree (`b24.crm.contact.delete`), `call` by name, the
 * standalone function (`crmContactDelete(client, params)`, with the descriptor its method module
 * holds; the tree and `call` load the copy in `descriptors/`), `callUntyped` for a method without
 * a spec, and `unchecked`: the method's generated descriptor with its parameter rules left out, so
 * the call reaches the portal even where the client would refuse it, and the answer is still
 * classified by the method's own error rows.
 */
export type CallPath = 'tree' | 'call' | 'function' | 'untyped' | 'unchecked'

/** What a call ended in. */
export type Outcome = { result: unknown } | { error: CaseError } | { thrown: string }

/** The entry points a case is run by. */
export function getCallPaths(c: ConformanceCase): CallPath[] {
  if (!c.typed) return ['untyped']
  return c.checkedBeforeSending ? ['tree', 'call', 'function', 'unchecked'] : ['tree', 'call', 'function']
}

/** The entry point whose request reaches the portal and goes into the wire snapshot. */
export function getSendingPath(c: ConformanceCase): CallPath {
  if (!c.typed) return 'untyped'
  return c.checkedBeforeSending ? 'unchecked' : 'tree'
}

/** The outcome a path must give: the portal's answer, or the client's own refusal before sending. */
export function getExpectedOutcome(c: ConformanceCase, path: CallPath): { outcome: Outcome; sends: boolean } {
  const { expect } = c
  if (c.checkedBeforeSending && path !== 'unchecked' && 'error' in expect) {
    return { outcome: { error: { ...expect.error, description: c.checkedBeforeSending.description } }, sends: false }
  }
  return { outcome: 'error' in expect ? { error: expect.error } : { result: expect.result }, sends: true }
}

type Call = (params: Record<string, unknown>) => Promise<unknown>

function getTreeMethodOrThrow(client: B24Client, method: string): Call {
  let node: unknown = client
  for (const part of method.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  if (typeof node !== 'function') throw new Error(`The client's method tree has no ${method}`)
  return node as Call
}

/** Each method's standalone function, by method name: the export named like its `...Descriptor` export. */
const standalone = new Map(
  Object.entries(b24kit).flatMap(([name, value]) => {
    const fn = (b24kit as Record<string, unknown>)[name.slice(0, -'Descriptor'.length)]
    const method = (value as { method?: unknown } | undefined)?.method
    return name.endsWith('Descriptor') && typeof fn === 'function' && typeof method === 'string' ? [[method, fn]] : []
  }),
)

function getCall(client: B24Client, c: ConformanceCase, path: CallPath): Call {
  // Params are data from the spec: casts to the typed signatures are the point of running them.
  const method = c.method as MethodName
  switch (path) {
    case 'tree':
      return getTreeMethodOrThrow(client, c.method)
    case 'call':
      return (params) => client.call(method, params as never)
    case 'function': {
      const fn = standalone.get(c.method) as ((client: B24Client, params: unknown) => Promise<unknown>) | undefined
      if (!fn) throw new Error(`The client exports no standalone function for ${c.method}`)
      return (params) => fn(client, params)
    }
    case 'untyped':
      return (params) => client.callUntyped(c.method, params)
    case 'unchecked': {
      const descriptor = descriptors[method]
      if (!descriptor) throw new Error(`The client has no descriptor for ${c.method}`)
      return (params) => client.request({ ...descriptor, params: [] }, params).then((answer) => answer.result)
    }
  }
}

function readOutcome(error: unknown): Outcome {
  if (error instanceof B24ApiError) {
    const { status, code, description, kind, errorId } = error
    return { error: { status, code, description, kind, errorId: errorId ?? '' } }
  }
  return { thrown: String(error) }
}

/**
 * Runs a case's `before` calls and then the case, by one entry point; returns the last outcome and
 * the wire. `send` carries the requests in-process (else the global fetch does, over HTTP).
 */
export async function runCall(
  c: ConformanceCase,
  path: CallPath,
  baseUrl: string,
  send?: WireSend,
): Promise<{ outcome: Outcome; exchanges: WireExchange[] }> {
  const recorder = createWireRecorder(secrets, send)
  const client = createClient({
    ...describeSetup(c).client(baseUrl),
    fetch: recorder.fetch,
    allowInsecureLoopback: true,
    // The portal's own limits are under test: the client must neither wait nor retry.
    retry: false,
    rateLimit: false,
    operatingLimit: false,
  })
  const call = getCall(client, c, path)
  for (let i = 0; i < (c.before ?? 0); i++) await call(c.params).catch(() => undefined)
  const outcome = await call(c.params).then(
    (result): Outcome => ({ result }),
    (error: unknown) => readOutcome(error),
  )
  return { outcome, exchanges: recorder.exchanges }
}
