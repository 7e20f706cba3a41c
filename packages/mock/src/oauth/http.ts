/**
 * The mock's OAuth server over node:http, on its own port as `oauth.bitrix.info` is its own host:
 * `GET /oauth/authorize/` and `GET|POST /oauth/token/` (query or form-encoded body).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { jsonContentType } from '../envelope.js'
import type { OAuthAuthority, OAuthReply } from './authority.js'

/** A running OAuth server. */
export interface OAuthHttpServer {
  /** `http://127.0.0.1:PORT`: the `oauthServerUrl` of a client. */
  url: string
  close(): Promise<void>
}

const maxBodyBytes = 64 * 1024

async function readForm(req: IncomingMessage): Promise<URLSearchParams | undefined> {
  let text = ''
  for await (const chunk of req) {
    text += chunk
    if (text.length > maxBodyBytes) return undefined
  }
  const type = req.headers['content-type'] ?? ''
  if (type.startsWith('application/json')) {
    try {
      const data = JSON.parse(text) as Record<string, unknown>
      return new URLSearchParams(Object.entries(data).map(([k, v]) => [k, String(v)]))
    } catch {
      return new URLSearchParams()
    }
  }
  return new URLSearchParams(text)
}

function send(res: ServerResponse, reply: OAuthReply): void {
  const headers: Record<string, string | number> = { 'Content-Length': Buffer.byteLength(reply.body) }
  if (reply.location) headers.Location = reply.location
  else headers['Content-Type'] = jsonContentType
  res.writeHead(reply.status, headers).end(reply.body)
}

async function serve(authority: OAuthAuthority, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://oauth.local')
  const path = url.pathname.replace(/\/*$/, '/')
  if (path === '/oauth/authorize/' && req.method === 'GET') return send(res, authority.authorize(url.searchParams))
  if (path === '/oauth/token/' && (req.method === 'GET' || req.method === 'POST')) {
    const form = await readForm(req)
    if (!form) return send(res, { status: 413, body: JSON.stringify({ error: 'invalid_request', error_description: 'Body too large' }) })
    // Body fields win over the query's, as PHP's $_REQUEST order has them.
    const fields = Object.fromEntries([...url.searchParams, ...form])
    return send(res, authority.token(fields, req.method))
  }
  send(res, { status: 404, body: JSON.stringify({ error: 'invalid_request', error_description: 'Not found' }) })
}

/** Starts the OAuth server of an engine's authority and tells the authority its origin. */
export async function startOAuthServer(authority: OAuthAuthority, options: { host: string; port?: number }): Promise<OAuthHttpServer> {
  const server = createServer((req, res) => {
    serve(authority, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`
  authority.origins.oauth = url
  return {
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
