/**
 * The OAuth server's two routes, whatever carries the request: the node:http server on its own port
 * and the MSW handlers in-process both hand it the method, the URL and a way to read the body.
 */
import type { OAuthAuthority, OAuthReply } from './authority.js'

/** A request as the routes read it. */
export interface OAuthRequest {
  method: string
  url: URL
  /** The body as text, or undefined when it is too large to read. */
  readBody(): Promise<string | undefined>
  contentType: string
}

/** The fields of a body: a form, or a JSON object (values as text). */
function readFields(text: string, contentType: string): [string, string][] {
  if (!contentType.startsWith('application/json')) return [...new URLSearchParams(text)]
  try {
    return Object.entries(JSON.parse(text) as Record<string, unknown>).map(([k, v]) => [k, String(v)])
  } catch {
    return []
  }
}

/** Whether a path is one of the OAuth server's. */
export const isOAuthPath = (pathname: string): boolean => /^\/oauth\/(authorize|token)\/?$/.test(pathname)

/** Answers `GET /oauth/authorize/` and `GET|POST /oauth/token/`; undefined for any other request. */
export async function routeOAuthRequest(authority: OAuthAuthority, request: OAuthRequest): Promise<OAuthReply | undefined> {
  const path = request.url.pathname.replace(/\/*$/, '/')
  if (path === '/oauth/authorize/' && request.method === 'GET') return authority.authorize(request.url.searchParams)
  if (path !== '/oauth/token/' || (request.method !== 'GET' && request.method !== 'POST')) return undefined
  const body = await request.readBody()
  if (body === undefined) return { status: 413, body: JSON.stringify({ error: 'invalid_request', error_description: 'Body too large' }) }
  // Body fields win over the query's, as PHP's $_REQUEST order has them.
  const fields = Object.fromEntries([...request.url.searchParams, ...readFields(body, request.contentType)])
  return authority.token(fields, request.method)
}
