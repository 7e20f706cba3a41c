/**
 * The mock over real HTTP(S) on node:http, for tests in any language. No msw here, so the CLI runs
 * without it installed.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { answerAdmin } from './admin/admin.js'
import { createMockEngine, type MockEngine, type MockPortalOptions } from './engine.js'
import { jsonContentType, type MockReply } from './envelope.js'
import { createFrameHost, type FrameHostOptions } from './frame/host.js'
import { isFrameRequest, serveFrame } from './frame/serve-node.js'
import { closeServer } from './http/close-server.js'
import { allowOriginHeader, getPreflightHeaders, isPreflight } from './http/cors.js'
import { toRequest, writeResponse } from './http/node-request.js'
import { NodeCall } from './node-call.js'
import { startOAuthServer } from './oauth/http.js'

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
  /** Serve the control surface under `/_b24kit/` (reset, seed, journal, store); default off. See admin/admin.ts. */
  admin?: boolean
  /**
   * How a request reaches the engine: `node` (default) reads it straight from node:http; `fetch`
   * copies it into a WHATWG Request and reads a Response back, as the MSW handlers do. Both answer
   * the same bytes (tested); `fetch` is slower and is there to compare against.
   */
  via?: 'node' | 'fetch'
  /** Serve the frame host at `/frame/`, embedding this app (see `createFrameHost`). */
  frame?: FrameHostOptions
}

/** A running mock server. */
export interface MockServer {
  /** Base URL with the real port, such as `http://127.0.0.1:3000`. */
  url: string
  /** The default webhook's URL on this server (ends with `/`). */
  webhookUrl: string
  /** The OAuth server's base URL (its own port), when `apps` are registered or `frame` is served: a client's `oauthServerUrl`. */
  oauthUrl?: string
  engine: MockEngine
  /** The frame host's page (`<url>/frame/`) when `frame` was given. */
  frameUrl?: string
  /** Stops listening; requests in flight are answered, a request still open after 100 ms is cut. */
  close(): Promise<void>
}

const noBody = Buffer.alloc(0)

function writeReply(res: ServerResponse, status: number, body: string | Buffer, contentType = jsonContentType): void {
  // Spelled out rather than spread from allowOriginHeader: this runs on every answer.
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body), 'Access-Control-Allow-Origin': '*' })
  res.end(body)
}

/**
 * A body over the cap never reaches the engine. The answer is in the portal's error envelope so a
 * client reads it like any other; its code is the mock's own (no Bitrix24 row covers it) and its
 * text says what to change.
 */
function refuseBody(res: ServerResponse, limit: number): void {
  if (res.headersSent) return
  const body = JSON.stringify({
    error: 'REQUEST_ENTITY_TOO_LARGE',
    error_description: `The request body is larger than this mock accepts (${limit} bytes; startMockServer option maxBodyBytes).`,
  })
  res
    .writeHead(413, {
      'Content-Type': jsonContentType,
      'Content-Length': Buffer.byteLength(body),
      Connection: 'close',
      ...allowOriginHeader,
    })
    .end(body)
}

function failRequest(res: ServerResponse): void {
  if (!res.headersSent) res.writeHead(500).end()
  else res.destroy()
}

/** The fast path: parameters parsed from the body bytes, the reply written straight to the socket. */
function serveNode(engine: MockEngine, origin: string, req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> | undefined {
  if (isPreflight(req.method ?? '', req.headers['access-control-request-method'])) {
    const headers = req.headers['access-control-request-headers']
    res.writeHead(200, getPreflightHeaders(Array.isArray(headers) ? headers.join(', ') : headers)).end()
    return undefined
  }
  const protocol = origin.startsWith('https:') ? 'https:' : 'http:'
  const call = new NodeCall(req.method ?? 'GET', protocol, origin, req.url ?? '/', req.rawHeaders, body)
  const reply = engine.dispatchCall(call)
  if (!(reply instanceof Promise)) {
    sendReply(req, res, reply)
    return undefined
  }
  return reply.then((late) => sendReply(req, res, late))
}

function sendReply(req: IncomingMessage, res: ServerResponse, reply: MockReply | null): void {
  // The injected fault: close the socket without an answer.
  if (!reply) req.socket.destroy()
  else writeReply(res, reply.status, reply.body, reply.contentType)
}

/** The reference path: the request copied into a WHATWG Request, as the MSW handlers receive it. */
async function serveFetch(engine: MockEngine, origin: string, req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
  const response = await engine.dispatch(toRequest(origin, req, body))
  if (!response) {
    req.socket.destroy()
    return
  }
  const bytes = Buffer.from(await response.arrayBuffer())
  // An envelope goes out as the node path writes it, byte for byte; anything else (a preflight's
  // answer) with the Response's own headers.
  if (response.headers.get('content-type') === jsonContentType) writeReply(res, response.status, bytes)
  else writeResponse(res, response, bytes)
}

/** Starts the mock on node:http (or node:https with `tls`); resolves once it listens. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const engine = createMockEngine(options)
  const limit = options.maxBodyBytes ?? 1024 * 1024
  const host = options.host ?? '127.0.0.1'
  const scheme = options.tls ? 'https' : 'http'
  const serve = options.via === 'fetch' ? serveFetch : serveNode
  const frame = options.frame && createFrameHost(engine, options.frame)
  let origin = ''
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    // The body is read whole: most arrive in one chunk, kept without a copy. Past the cap the rest
    // is drained, not kept, so the 413 reaches the client before the socket closes.
    let first: Buffer | undefined
    let chunks: Buffer[] | undefined
    let size = 0
    let settled = false
    req.on('data', (chunk: Buffer) => {
      if (settled) return
      size += chunk.length
      if (size > limit) {
        settled = true
        refuseBody(res, limit)
      } else if (!first) first = chunk
      else if (chunks) chunks.push(chunk)
      else chunks = [first, chunk]
    })
    req.on('error', () => {
      if (settled) return
      settled = true
      refuseBody(res, limit)
    })
    req.on('end', () => {
      if (settled) return
      settled = true
      try {
        const body = chunks ? Buffer.concat(chunks, size) : (first ?? noBody)
        const control = options.admin ? answerAdmin(engine, req.method ?? 'GET', (req.url ?? '/').split('?')[0] ?? '/', body) : undefined
        if (control) return writeReply(res, control.status, control.body)
        if (frame && isFrameRequest(frame, req)) serveFrame(frame, req, res, body).then(undefined, () => failRequest(res))
        else serve(engine, origin, req, res, body)?.then(undefined, () => failRequest(res))
      } catch {
        failRequest(res)
      }
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
  engine.applications.authority.origins.portal = origin
  // The frame host registers its app when none is: its REFRESH_ID works at /oauth/token/ as any app's.
  const oauth = engine.applications.authority.apps.size > 0 ? await startOAuthServer(engine.applications.authority, { host }) : undefined
  return {
    url: origin,
    webhookUrl: engine.webhookUrlAt(origin),
    ...(oauth ? { oauthUrl: oauth.url } : {}),
    engine,
    ...(frame && { frameUrl: `${origin}${frame.path}` }),
    close: () => Promise.all([closeServer(server), oauth?.close()]).then(() => undefined),
  }
}
