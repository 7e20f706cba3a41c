/**
 * A fake portal on 127.0.0.1 whose every answer a test decides: status, headers and body bytes,
 * or a broken exchange (reset before or in the middle of the body, no answer at all).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One scripted answer. */
export interface FakeAnswer {
  status?: number
  headers?: Record<string, string>
  body?: string | Uint8Array
  /** `reset`: close the socket before answering; `midBody`: send half the body, then close; `hang`: never answer; `stall`: send half the body and keep the connection open. */
  fault?: 'reset' | 'midBody' | 'hang' | 'stall'
}

/** What the fake portal received. */
export interface FakeRequest {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: string
}

/** A running fake portal. */
export interface FakePortal {
  url: string
  /** Requests received, in order. */
  requests: FakeRequest[]
  /** Sets what the next requests get: a fixed answer, or one computed per request. */
  answer(next: FakeAnswer | ((request: FakeRequest, index: number) => FakeAnswer)): void
  close(): Promise<void>
}

function write(res: ServerResponse, a: FakeAnswer): void {
  const body = typeof a.body === 'string' ? Buffer.from(a.body) : Buffer.from(a.body ?? new Uint8Array())
  if (a.fault === 'hang') return
  if (a.fault === 'reset') {
    res.socket?.destroy()
    return
  }
  if (a.fault === 'midBody' || a.fault === 'stall') {
    // Promise the whole body, send half, then drop the connection.
    res.writeHead(a.status ?? 200, {
      'content-type': 'application/json; charset=utf-8',
      ...a.headers,
      'content-length': String(body.length),
    })
    res.write(body.subarray(0, body.length >> 1), () => {
      if (a.fault === 'midBody') res.socket?.destroy()
    })
    return
  }
  res.writeHead(a.status ?? 200, { 'content-type': 'application/json; charset=utf-8', ...a.headers })
  res.end(body)
}

/** Starts the fake portal on a free loopback port. */
export async function startFakePortal(): Promise<FakePortal> {
  const requests: FakeRequest[] = []
  let next: FakeAnswer | ((request: FakeRequest, index: number) => FakeAnswer) = { status: 200, body: '{"result":true,"time":{}}' }
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() }
      requests.push(request)
      try {
        write(res, typeof next === 'function' ? next(request, requests.length - 1) : next)
      } catch {
        // A status node:http refuses (the fuzzer's own mistake) must not hang the client.
        res.socket?.destroy()
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answer(a) {
      next = a
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
