/** The OAuth server's routes answered from a WHATWG Request: the MSW handlers' and the mock fetch's. */
import { jsonContentType } from '../envelope.js'
import type { OAuthAuthority } from '../oauth/authority.js'
import { routeOAuthRequest } from '../oauth/routes.js'

/** Answers `/oauth/authorize/` and `/oauth/token/` on any origin; undefined for any other request. */
export async function answerOAuthRequest(authority: OAuthAuthority, request: Request): Promise<Response | undefined> {
  const reply = await routeOAuthRequest(authority, {
    method: request.method,
    url: new URL(request.url),
    readBody: () => request.text(),
    contentType: request.headers.get('content-type') ?? '',
  })
  if (!reply) return undefined
  const headers: Record<string, string> = reply.location ? { Location: reply.location } : { 'Content-Type': jsonContentType }
  return new Response(reply.body || null, { status: reply.status, headers })
}
