/**
 * The mock over real HTTP(S) on node:http, for tests in any language. No msw here, so the CLI runs
 * without it installed.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { createMockEngine, type MockEngine, type MockPortalOptions } from './engine.js'

/** Where and how the server listens. */
export interface MockServerOptions extends MockPortalOptions {
  /** Default 0: a free port. */
  port?: number
  /** Default 127.0.0.1: loopback only. */
  host?: string
  /** Serve HTTPS with this key and certificate (PEM). */
  tls?: { key: string; cert: string }
  /** Largest accepted body in bytes; default 1 MiB. */
  maxBodyBytes?: number
}

/** A running mock server. */
export interface MockServer {
  /** Base URL with the real port, such as `http://127.0.0.1:3000`. */
  url: string
  /** The default webhook's URL on this server (ends with `/`). */
  webhookUrl: string
  engine: MockEngine
  close(): Promise<void>
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        // Stop keeping the body but let it drain, so the 413 reaches the client before the socket closes.
        req.removeAllListeners('data')
        req.resume()
        reject(new BodyTooLarge())
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

async function serve(engine: MockEngine, origin: string, limit: number, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let body: Buffer
  try {
    body = await readBody(req, limit)
  } catch {
    if (!res.headersSent) res.writeHead(413, { Connection: 'close' }).end()
    return
  }
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  const method = req.method ?? 'GET'
  const hasBody = method !== 'GET' && method !== 'HEAD' && body.length > 0
  const request = new Request(`${origin}${req.url ?? '/'}`, { method, headers, body: hasBody ? new Uint8Array(body) : null })
  const response = await engine.dispatch(request)
  if (!response) {
    // The injected fault: close the socket without an answer.
    req.socket.destroy()
    return
  }
  const text = Buffer.from(await response.arrayBuffer())
  res.writeHead(response.status, {
    'Content-Type': response.headers.get('content-type') ?? 'application/json; charset=utf-8',
    'Content-Length': text.length,
  })
  res.end(text)
}

/** Starts the mock on node:http (or node:https with `tls`); resolves once it listens. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const engine = createMockEngine(options)
  const limit = options.maxBodyBytes ?? 1024 * 1024
  const host = options.host ?? '127.0.0.1'
  const scheme = options.tls ? 'https' : 'http'
  let origin = ''
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    serve(engine, origin, limit, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end()
      else res.destroy()
    })
  }
  const server: Server = options.tls
    ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, listener)
    : createHttpServer(listener)
  // Slow clients must not hold sockets: headers within 10 s, a whole request within the server's 60 s.
  server.headersTimeout = 10_000
  server.requestTimeout = 60_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const shownHost = host.includes(':') ? `[${host}]` : host
  origin = `${scheme}://${shownHost}:${port}`
  return {
    url: origin,
    webhookUrl: engine.webhookUrl(origin),
    engine,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
