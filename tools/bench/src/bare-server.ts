/**
 * The baseline: a bare node:http server that answers every request with the same bytes, after
 * reading the body (as any JSON server must). Run as a script it prints its URL on stdout.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A running bare server. */
export interface BareServer {
  url: string
  close(): Promise<void>
}

/** Starts a bare server on 127.0.0.1 answering `body` with `status` and a JSON content type. */
export function startBareServer(body: string, status = 200): Promise<BareServer> {
  const bytes = Buffer.from(body)
  const server: Server = createServer((req, res) => {
    req.on('data', () => {})
    req.on('end', () => {
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': bytes.length })
      res.end(bytes)
    })
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      })
    })
  })
}

/** The answer of a successful crm.contact.delete, shaped as the mock and the real portal send it. */
export const deleteAnswer = JSON.stringify({
  result: true,
  time: {
    start: 1723727109.430573,
    finish: 1723727109.451973,
    duration: 0.02140021324157715,
    processing: 0.01863908767700195,
    date_start: '2024-08-15T15:05:09+02:00',
    date_finish: '2024-08-15T15:05:09+02:00',
    operating_reset_at: 1723727709,
    operating: 0,
  },
})
