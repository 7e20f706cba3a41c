/** startMockServer and the MSW handlers at their edges: body cap, dropped connections, closing. */
import { setupServer } from 'msw/node'
import { describe, expect, it } from 'vitest'
import { methodTable } from './generated/index.js'
import { createMockPortal, type MockPortalOptions } from './index.js'
import { startMockServer } from './server.js'

describe('startMockServer', () => {
  it('listens on a free loopback port and answers the default webhook', async () => {
    const server = await startMockServer()
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*$/)
      const response = await fetch(`${server.webhookUrl}crm.contact.delete?id=50`)
      expect((await response.json()).result).toBe(true)
      expect(server.engine.store.get('contact', 50)).toBeUndefined()
    } finally {
      await server.close()
    }
  })

  it('refuses a body over the cap with 413', async () => {
    const server = await startMockServer({ maxBodyBytes: 100 })
    try {
      const response = await fetch(`${server.webhookUrl}crm.contact.delete`, { method: 'POST', body: 'x'.repeat(1000) })
      expect(response.status).toBe(413)
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
      expect(await response.json()).toEqual({
        error: 'REQUEST_ENTITY_TOO_LARGE',
        error_description: 'The request body is larger than this mock accepts (100 bytes; startMockServer option maxBodyBytes).',
      })
      expect(server.engine.store.get('contact', 50)).toBeDefined()
    } finally {
      await server.close()
    }
  })

  it('drops the connection when a fault says so', async () => {
    const server = await startMockServer({ faults: { drop: { rate: 1 } } })
    try {
      await expect(fetch(`${server.webhookUrl}crm.contact.delete?id=50`)).rejects.toThrow()
      expect(server.engine.journal[0]?.dropped).toBe(true)
    } finally {
      await server.close()
    }
  })
})

describe('MSW handlers', () => {
  it('turn a dropped connection into a network error for fetch', async () => {
    const portal = createMockPortal({ faults: { drop: { rate: 1, method: 'crm.contact.delete' } } })
    const server = setupServer(...portal.handlers)
    server.listen({ onUnhandledRequest: 'error' })
    try {
      await expect(fetch(`${portal.webhookUrlAt('http://any.origin')}crm.contact.delete?id=50`)).rejects.toThrow('Failed to fetch')
      expect(portal.store.get('contact', 50)).toBeDefined()
    } finally {
      server.close()
    }
  })
})

describe('every error row of crm.contact.delete over real HTTP', () => {
  // How to provoke each kind of row; the expected answer comes from the generated table.
  const scenarios: Record<string, { options: MockPortalOptions; query: string }> = {
    invalidParams: { options: {}, query: '?ID=abc' },
    accessDenied: { options: { users: [{ id: 1, permissions: { contact: ['read'] } }] }, query: '?id=50' },
    notFound: { options: {}, query: '?id=999' },
  }
  const rows = Object.values(methodTable['crm.contact.delete']?.errors ?? {})

  it('has a scenario for every row kind', () => {
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(Object.keys(scenarios)).toContain(row.kind)
  })

  it.each(rows.map((row) => [row.id, row] as const))('answers the %s row', async (_id, row) => {
    const scenario = scenarios[row.kind]
    if (!scenario) throw new Error(`no scenario for ${row.kind}`)
    const server = await startMockServer({ ...scenario.options, lang: 'en' })
    try {
      const response = await fetch(`${server.webhookUrl}crm.contact.delete${scenario.query}`)
      const text = typeof row.text === 'string' ? row.text : row.text.en
      expect(response.status).toBe(row.status)
      expect(await response.text()).toBe(JSON.stringify({ error: row.code, error_description: text }))
    } finally {
      await server.close()
    }
  })
})
