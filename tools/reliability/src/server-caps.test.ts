/**
 * Issue 9, row 2 (the server's caps): a body over 1 MiB gets 413 and never reaches the engine; a
 * client that drips its headers is cut off at the 10 s header time limit with 408.
 */
import http from 'node:http'
import { syncBuiltinESMExports } from 'node:module'
import { connect } from 'node:net'
import { startMockServer } from '@b24kit/mock'
import { describe, expect, it } from 'vitest'
import { formatFigure, getFigurePath } from './figures.js'

const oneMiB = 1024 * 1024

/** Posts `size` bytes of form body over node:http; resolves to the status, headers and body. */
function postBody(url: string, size: number): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const body = Buffer.alloc(size, 'a')
    body.write('id=50&pad=')
    const req = http.request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': size } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

/**
 * Starts the mock with node:http's connection check every 200 ms instead of every 30 s, so the
 * server's own 10 s header limit shows within 10 s; the limit itself is the mock's, untouched.
 */
async function startWithFastConnectionChecks() {
  const original = http.createServer
  const patched = (...args: unknown[]) => {
    const listener = args.find((a) => typeof a === 'function') as http.RequestListener
    return original({ connectionsCheckingInterval: 200 }, listener)
  }
  http.createServer = patched as typeof http.createServer
  syncBuiltinESMExports()
  try {
    return await startMockServer()
  } finally {
    http.createServer = original
    syncBuiltinESMExports()
  }
}

describe('the mock server caps what a client can send', () => {
  const figure = {
    row: 2,
    title: 'server caps over HTTP',
    cases: 0,
    failures: 0,
    details: {} as Record<string, number | string>,
    source: 'tools/reliability/src/server-caps.test.ts',
  }

  it('takes a body of exactly 1 MiB, and answers 1 MiB + 1 byte with 413, closing, before the engine sees it', async () => {
    const server = await startMockServer()
    try {
      const atCap = await postBody(`${server.webhookUrl}crm.contact.delete`, oneMiB)
      expect(atCap.status).toBe(200)
      expect(JSON.parse(atCap.body).result).toBe(true)
      server.engine.reset()
      const over = await postBody(`${server.webhookUrl}crm.contact.delete`, oneMiB + 1)
      expect(over.status).toBe(413)
      expect(over.headers.connection).toBe('close')
      expect(server.engine.journal).toEqual([])
      expect(server.engine.store.get('contact', 50)).toBeDefined()
      figure.cases += 2
      figure.details['1 MiB body'] = atCap.status
      figure.details['1 MiB + 1 body'] = over.status
      // The refusal says why, in the error envelope a client already reads.
      const refusal = JSON.parse(over.body) as { error: string; error_description: string }
      expect(refusal.error).toBe('REQUEST_ENTITY_TOO_LARGE')
      expect(refusal.error_description).toContain('1048576 bytes')
      figure.details['1 MiB + 1 body: bytes of explanation'] = over.body.length
    } finally {
      await server.close()
    }
  })

  it('cuts off a client that drips its headers after the 10 s header limit, with 408', async () => {
    const server = await startWithFastConnectionChecks()
    const { port } = new URL(server.url)
    const started = Date.now()
    try {
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1')
        let received = ''
        socket.on('data', (c) => {
          received += c.toString()
        })
        socket.on('error', reject)
        socket.write('POST /rest/1/b24kitmockcode/crm.contact.delete HTTP/1.1\r\nHost: 127.0.0.1\r\n')
        // One header line a second, forever: each is accepted, the headers never end.
        const drip = setInterval(() => socket.write(`X-Slow-${Date.now()}: a\r\n`), 1000)
        socket.on('close', () => {
          clearInterval(drip)
          resolve(received)
        })
      })
      const elapsed = Date.now() - started
      expect(answer).toMatch(/^HTTP\/1\.1 408 /)
      expect(elapsed).toBeGreaterThanOrEqual(9_500)
      expect(elapsed).toBeLessThan(15_000)
      expect(server.engine.journal).toEqual([])
      figure.cases += 1
      figure.details['headers dripped for 10 s'] = 408
    } finally {
      await server.close()
    }
  })

  it('records its figure', async () => {
    expect(figure.cases).toBe(3)
    await expect(formatFigure(figure)).toMatchFileSnapshot(getFigurePath('mock-server-caps'))
  })
})
