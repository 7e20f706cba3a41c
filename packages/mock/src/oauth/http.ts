/**
 * The mock's OAuth server over node:http, on its own port as `oauth.bitrix.info` is its own host:
 * `GET /oauth/authorize/` and `GET|POST /oauth/token/` (query or form-encoded body).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { jsonContentType } from '../envelope.js'
import type { OAuthAuthority, OAuthReply } from './authority.js'
import { routeOAuthRequest } from './routes.js'

/** A running OAuth server. */
export interface OAuthHttpServer {
  /** `http://127.0.0.1:PORT`: the `oauthServerUrl` of a client. */
  url: string
  close(): Promise<void>
}

const maxBodyBytes = 64 * 1024

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  let text = ''
  for await (const chunk of req) {
    text += chunk
    if (text.length > maxBodyBytes) return undefined
  }
  return text
}

function send(res: ServerResponse, reply: OAuthReply): void {
  const headers: Record<string, string | number> = { 'Content-Length': Buffer.byteLength(reply.body) }
  if (reply.location) headers.Location = reply.location
  else headers['Content-Type'] = jsonContentType
  res.writeHead(reply.status, headers).end(reply.body)
}

async function serve(authority: OAuthAuthority, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const reply = await routeOAuthRequest(authority, {
    method: req.method ?? 'GET',
    url: new URL(req.url ?? '/', 'http://oauth.local'),
    readBody: () => readBody(req),
    contentType: req.headers['content-type'] ?? '',
  })
  send(res, reply ?? { status: 404, body: JSON.stringify({ error: 'invalid_request', error_description: 'Not found' }) })
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
