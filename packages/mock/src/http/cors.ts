/**
 * CORS as a portal answers it: an app in a browser calls the portal from its own origin, so every
 * answer carries `Access-Control-Allow-Origin: *`, and the browser's preflight (`OPTIONS` with
 * `Access-Control-Request-Method`) is answered before any credential is looked at (a preflight
 * never carries the `auth` parameter, so putting it through auth would fail every JSON POST).
 * Shared by the node:http server and the MSW handlers; no framework imports here.
 */

/** The header every answer carries, as the portal sends it. */
export const allowOriginHeader = { 'Access-Control-Allow-Origin': '*' } as const

/** Headers allowed when the preflight does not list any (what the official clients send). */
const defaultAllowedHeaders = 'Authorization, Content-Type'

/** Whether a request is a CORS preflight: `OPTIONS` naming the method it is about to send. */
export function isPreflight(httpMethod: string, requestMethodHeader: string | null | undefined): boolean {
  return httpMethod === 'OPTIONS' && typeof requestMethodHeader === 'string' && requestMethodHeader !== ''
}

/**
 * The headers of the answer to a preflight: any origin, the methods the REST path takes, and the
 * headers the browser asked for (echoed, so a client's own header never fails the preflight).
 * The answer has status 200 and no body.
 */
export function getPreflightHeaders(requestHeadersHeader: string | null | undefined): Record<string, string> {
  return {
    ...allowOriginHeader,
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': requestHeadersHeader?.trim() ? requestHeadersHeader : defaultAllowedHeaders,
    'Access-Control-Max-Age': '600',
    'Content-Length': '0',
  }
}

/** The preflight's answer as a WHATWG Response (MSW and `engine.handle` callers). */
export function createPreflightResponse(request: Request): Response {
  return new Response(null, { status: 200, headers: getPreflightHeaders(request.headers.get('access-control-request-headers')) })
}
