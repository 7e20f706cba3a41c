/**
 * The real envelope, byte for byte: `{"result":...,"time":{...}}` on success and
 * `{"error":"...","error_description":"..."}` with no `time` on error.
 */

import { allowOriginHeader } from './http/cors.js'
import type { MockErrorRow, MockText } from './table.js'

/** Portal language: picks the text of localised error rows. */
export type PortalLang = 'ru' | 'en'

/** The `time` block of a successful answer. */
export interface MockTime {
  start: number
  finish: number
  duration: number
  processing: number
  date_start: string
  date_finish: string
  operating: number
  operating_reset_at: number
}

/** Picks an error text in the portal's language. */
export function resolveText(text: MockText, lang: PortalLang): string {
  return typeof text === 'string' ? text : text[lang]
}

/** A time (ms) as the portal prints dates: ISO 8601 to the second with the portal's offset. */
export function formatPortalDate(ms: number): string {
  // The portal prints its own offset; the mock's portal lives in UTC, so the output never depends on TZ.
  return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}+00:00`
}

/** Builds the `time` block from the request's start and finish (ms) and the method's operating time. */
export function createTime(startMs: number, finishMs: number, operating: number, operatingResetAt: number): MockTime {
  const duration = (finishMs - startMs) / 1000
  return {
    start: startMs / 1000,
    finish: finishMs / 1000,
    duration,
    processing: duration,
    date_start: formatPortalDate(startMs),
    date_finish: formatPortalDate(finishMs),
    operating,
    operating_reset_at: operatingResetAt,
  }
}

/** The error body the server sends for an error row. */
export function toErrorBody(row: MockErrorRow, lang: PortalLang): { error: string; error_description: string } {
  return { error: row.code, error_description: resolveText(row.text, lang) }
}

/** The content type of every answer, errors included. */
export const jsonContentType = 'application/json; charset=utf-8'

/** An answer as plain data: the HTTP status and the text; its content type is `jsonContentType` unless set. */
export interface MockReply {
  status: number
  body: string
  /** Set only for the `.xml` transport (`text/xml`). */
  contentType?: string
}

/** A success answer: HTTP 200 with `result`, list methods' `next` and `total`, and `time`. */
export function createResultReply(result: unknown, time: MockTime, page?: { total?: number; next?: number }): MockReply {
  // The portal's key order: result, next, total, time.
  const body =
    page?.total === undefined
      ? { result, time }
      : { result, ...(page.next === undefined ? {} : { next: page.next }), total: page.total, time }
  return { status: 200, body: JSON.stringify(body) }
}

// Error rows are fixed data, so each row's text is encoded once per language.
const errorBodies = new WeakMap<MockErrorRow, Partial<Record<PortalLang, string>>>()

/** An error answer with the row's status and no `time`. */
export function createErrorReply(row: MockErrorRow, lang: PortalLang): MockReply {
  let bodies = errorBodies.get(row)
  if (!bodies) {
    bodies = {}
    errorBodies.set(row, bodies)
  }
  let body = bodies[lang]
  if (body === undefined) {
    body = JSON.stringify(toErrorBody(row, lang))
    bodies[lang] = body
  }
  return { status: row.status, body }
}

/** Turns a reply into the WHATWG Response the MSW handlers and `handle` give. */
export function toResponse(reply: MockReply): Response {
  return new Response(reply.body, {
    status: reply.status,
    headers: { 'Content-Type': reply.contentType ?? jsonContentType, ...allowOriginHeader },
  })
}

/**
 * Encodes an ordered map the way PHP's json_encode encodes an array: `[]` when empty, a list when
 * the keys are 0..n-1, an object otherwise.
 */
export function toPhpArray(entries: readonly (readonly [string, unknown])[]): unknown {
  if (entries.every(([key], i) => key === String(i))) return entries.map(([, value]) => value)
  return Object.fromEntries(entries)
}
