/** Closing the server with requests in flight: they are answered, or their socket closes; none hangs. */
import { request } from 'node:http'
import { describe, expect, it } from 'vitest'
import type { MockClock } from '../clock.js'
import { startMockServer } from '../server.js'

/** A clock whose injected latency lasts until the test releases it: the request stays in flight. */
function createGateClock(): MockClock & { release(): void; waiting: Promise<void> } {
  let release = () => {}
  let started = () => {}
  const waiting = new Promise<void>((resolve) => {
    started = resolve
  })
  const gate = new Promise<void>((resolve) => {
    release = resolve
  })
  return {
    now: () => 1_723_727_109_000,
    sleep: () => {
      started()
      return gate
    },
    release: () => release(),
    waiting,
  }
}

function post(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}crm.contact.delete`, { method: 'POST', headers: { 'Content-Type': 'application/json' } }, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => {
        body += chunk.toString()
      })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end('{"id":50}')
  })
}

describe('closing the mock server', () => {
  it('answers a request in flight before it stops', async () => {
    const clock = createGateClock()
    const server = await startMockServer({ clock, faults: { latency: { fixedMs: 1 } } })
    const answer = post(server.webhookUrl)
    await clock.waiting
    const closed = server.close()
    clock.release()
    expect(await answer).toMatchObject({ status: 200, body: expect.stringContaining('"result":true') })
    await closed
  })

  it('closes a request that never finishes instead of waiting for it', async () => {
    const clock = createGateClock()
    const server = await startMockServer({ clock, faults: { latency: { fixedMs: 1 } } })
    const answer = post(server.webhookUrl).catch((error: NodeJS.ErrnoException) => error.code)
    await clock.waiting
    await server.close()
    expect(await answer).toBe('ECONNRESET')
  })
})
