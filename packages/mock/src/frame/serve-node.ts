/** The frame host behind node:http: its requests copied into WHATWG Requests (few, so no fast path). */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { toRequest, writeResponse } from '../http/node-request.js'
import type { FrameHost } from './host.js'

/** Whether a node:http request is for the frame host's paths. */
export function isFrameRequest(host: FrameHost, req: IncomingMessage): boolean {
  const target = req.url ?? '/'
  const mark = target.indexOf('?')
  return host.owns(mark < 0 ? target : target.slice(0, mark))
}

/**
 * Answers one frame request. The URL is built from the Host header the browser sent, not the
 * server's own address: the iframe's name must hold the origin the browser sees (`localhost:3000`
 * and `127.0.0.1:3000` are different origins to postMessage).
 */
export async function serveFrame(host: FrameHost, req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
  const scheme = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http'
  const response = await host.dispatch(toRequest(`${scheme}://${req.headers.host ?? '127.0.0.1'}`, req, body))
  writeResponse(res, response, Buffer.from(await response.arrayBuffer()))
}
