/** Stopping the HTTP server the way a user expects from Ctrl-C: fast, with no request cut in half. */
import type { Server } from 'node:http'

/** How long requests in flight get to be answered once the server is closing. */
export const closeGraceMs = 100

/**
 * Stops accepting connections, closes the idle ones at once, lets requests in flight be answered
 * (their sockets then close, as node does for a closing server), and after `graceMs` closes whatever
 * is still open, so a hung request cannot hold the process. Resolves once every socket is gone.
 */
export function closeServer(server: Server, graceMs = closeGraceMs): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => server.closeAllConnections(), graceMs)
    server.close((error) => {
      clearTimeout(timer)
      if (error) reject(error)
      else resolve()
    })
    server.closeIdleConnections()
  })
}
