/** node:http requests and answers as WHATWG Request and Response, for the server's fetch-style paths. */
import type { IncomingMessage, ServerResponse } from 'node:http'

/** Copies a node:http request (its whole body already read) into a Request on `origin`. */
export function toRequest(origin: string, req: IncomingMessage, body: Buffer): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  const method = req.method ?? 'GET'
  const hasBody = method !== 'GET' && method !== 'HEAD' && body.length > 0
  return new Request(`${origin}${req.url ?? '/'}`, { method, headers, body: hasBody ? new Uint8Array(body) : null })
}

/** Writes a Response whose body is already read: its own headers, with the length of what is sent. */
export function writeResponse(res: ServerResponse, response: Response, bytes: Buffer): void {
  const sent: Record<string, string | number> = { 'Content-Length': bytes.length }
  for (const [name, value] of response.headers) if (name !== 'content-length') sent[name] = value
  res.writeHead(response.status, sent).end(bytes)
}
