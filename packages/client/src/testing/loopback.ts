/**
 * A scripted portal on a real loopback socket (127.0.0.1, port 0) for the client's tests: each
 * test says how to answer, and every request is recorded with its parsed JSON body.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { B24ApiError } from '../errors.js'

/** One request as the server saw it. */
export interface Seen {
  method: string
  url: string
  /** The JSON body parsed, or a form-encoded body's fields. */
  body: Record<string, unknown>
}

/** The Content-Type header of each request seen (kept apart, so tests can compare `Seen` whole). */
export const contentTypeOf = new WeakMap<Seen, string>()

/** How to answer: a JSON answer, raw text, no answer at all, or a dropped connection. */
export type Reply =
  | { status?: number; headers?: Record<string, string>; json: unknown }
  | { status?: number; headers?: Record<string, string>; text: string }
  | 'hang'
  | 'drop'

/** Answers a request; may be async. */
export type Script = (seen: Seen, index: number) => Reply | Promise<Reply>

/** A running portal. */
export interface Portal {
  /** `http://127.0.0.1:PORT` */
  origin: string
  /** A webhook URL on this portal with the given code. */
  webhook(code?: string): string
  seen: Seen[]
  script: Script
  close(): Promise<void>
}

/** The answer the portal gives on success. */
export const ok = (result: unknown, time: Record<string, unknown> = {}): Reply => ({
  json: { result, time: { start: 1, finish: 1.1, duration: 0.1, processing: 0.05, date_start: 'x', date_finish: 'y', ...time } },
})

/** An error answer as the portal sends it. */
export const failWith = (status: number, error: string, description: string): Reply => ({
  status,
  json: { error, error_description: description },
})

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = ''
  for await (const chunk of req) text += chunk
  if (req.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text))
  try {
    return JSON.parse(text || '{}')
  } catch {
    return {}
  }
}

/** Starts a portal answering with `script` (changeable later through `portal.script`). */
export async function startPortal(script: Script = () => ok(true)): Promise<Portal> {
  const seen: Seen[] = []
  const hanging = new Set<ServerResponse>()
  const portal: Portal = {
    origin: '',
    webhook: (code = 'k9webhookcode') => `${portal.origin}/rest/1/${code}/`,
    seen,
    script,
    close: () =>
      new Promise((resolve) => {
        for (const res of hanging) res.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
  const server = createServer(async (req, res) => {
    const body = await readBody(req)
    const url = req.url ?? ''
    const entry = { method: url.split('/').pop() ?? '', url, body }
    contentTypeOf.set(entry, req.headers['content-type'] ?? '')
    seen.push(entry)
    const reply = await portal.script(entry, seen.length - 1)
    if (reply === 'hang') {
      hanging.add(res)
      return
    }
    if (reply === 'drop') {
      req.socket.destroy()
      return
    }
    res.statusCode = reply.status ?? 200
    res.setHeader('content-type', 'application/json; charset=utf-8')
    for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value)
    res.end('json' in reply ? JSON.stringify(reply.json) : reply.text)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  portal.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return portal
}

/** A clock whose sleeps pass at once and are recorded, for tests of waits. */
export function createFakeClock(start = 1_000_000) {
  const clock = {
    time: start,
    sleeps: [] as number[],
    now: () => clock.time,
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) throw signal.reason
      clock.sleeps.push(ms)
      clock.time += ms
    },
  }
  return clock
}

/** The B24ApiError a call rejects with; anything else (a resolved call, another error) fails the test. */
export async function rejection(promise: Promise<unknown>): Promise<B24ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof B24ApiError)) throw new Error(`expected a B24ApiError, got ${String(error)}`)
  return error
}
