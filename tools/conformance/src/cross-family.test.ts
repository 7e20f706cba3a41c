/**
 * Cross-family conformance: one store behind crm.contact.* and crm.item.*, and smart process types
 * that crm.item.* serves as soon as crm.type.add makes them. Each scenario runs through the generated
 * client against the generated mock, in-process (MSW) and over real HTTP (startMockServer on port 0).
 */
import { B24ApiError, type CrmItemFilter, createClient, type SmartProcessItemFieldName } from '@b24kit/client'
import { createMockPortal, startMockServer } from '@b24kit/mock'
import { http, passthrough } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

type Client = ReturnType<typeof createClient>
type Transport = { name: string; open(): Promise<{ client: Client; close(): Promise<void> }> }

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

const transports: Transport[] = [
  {
    name: 'in-process',
    async open() {
      const portal = createMockPortal({ lang: 'en' })
      server.resetHandlers(...portal.handlers)
      return {
        client: createClient({ webhookUrl: portal.webhookUrlAt('http://127.0.0.1'), allowInsecureLoopback: true }),
        close: async () => {},
      }
    },
  },
  {
    name: 'over HTTP',
    async open() {
      const mock = await startMockServer({ port: 0, lang: 'en' })
      // msw answers any origin in this process: let requests through to the real server.
      server.resetHandlers(http.all('*', () => passthrough()))
      return { client: createClient({ webhookUrl: mock.webhookUrl, allowInsecureLoopback: true }), close: () => mock.close() }
    },
  },
]

/** The error a call fails with, or a failure when it succeeds. */
async function failureOf(call: Promise<unknown>): Promise<B24ApiError> {
  try {
    await call
  } catch (error) {
    if (error instanceof B24ApiError) return error
    throw error
  }
  throw new Error('expected the call to fail')
}

describe.each(transports.map((t) => [t.name, t] as const))('cross-family, %s', (_name, transport) => {
  it('a contact added by crm.item.add is the contact crm.contact.get answers in UPPER_CASE', async () => {
    const { client, close } = await transport.open()
    try {
      const { item } = await client.crm.item.add({ entityTypeId: 3, fields: { name: 'Olga', lastName: 'Smirnova', post: 'CTO' } })
      expect(item).toMatchObject({ name: 'Olga', lastName: 'Smirnova', post: 'CTO' })
      const contact = await client.crm.contact.get({ id: item.id as number })
      expect(contact).toMatchObject({ ID: String(item.id), NAME: 'Olga', LAST_NAME: 'Smirnova', POST: 'CTO' })
    } finally {
      await close()
    }
  })

  it('crm.contact.update is seen by crm.item.get, and crm.contact.delete removes the record from crm.item.list', async () => {
    const { client, close } = await transport.open()
    try {
      await client.crm.contact.update({ id: 50, fields: { POST: 'Director' } })
      const got = await client.crm.item.get({ entityTypeId: 3, id: 50 })
      expect(got.item).toMatchObject({ id: 50, name: 'Ivan', post: 'Director' })
      const before = (await client.crm.item.list({ entityTypeId: 3, select: ['id'] })) as { items: { id: number }[] }
      expect(before.items.map((i) => i.id)).toContain(50)
      expect(await client.crm.contact.delete({ id: 50 })).toBe(true)
      const after = (await client.crm.item.list({ entityTypeId: 3, select: ['id'] })) as { items: { id: number }[] }
      expect(after.items.map((i) => i.id)).not.toContain(50)
      const gone = await failureOf(client.crm.item.get({ entityTypeId: 3, id: 50 }))
      expect([gone.errorId, gone.code, gone.description]).toEqual(['itemNotFound', 'NOT_FOUND', 'Item not found'])
    } finally {
      await close()
    }
  })

  it('crm.type.add makes a smart process whose entityTypeId crm.item.* then serves; crm.type.delete ends it', async () => {
    const { client, close } = await transport.open()
    try {
      const unknown = await failureOf(client.crm.item.list({ entityTypeId: 1270 }))
      expect([unknown.errorId, unknown.code, unknown.description]).toEqual(['typeNotFound', 'NOT_FOUND', 'Smart process not found'])
      const { type } = (await client.crm.type.add({ fields: { title: 'Shipments' } })) as { type: { id: number; entityTypeId: number } }
      expect(type.entityTypeId).toBe(1270)
      const added = (await client.crm.item.add({ entityTypeId: type.entityTypeId, fields: { title: 'Shipment #1', opportunity: 10 } })) as {
        item: { id: number; entityTypeId: number }
      }
      expect(added.item.entityTypeId).toBe(1270)
      const listed = (await client.crm.item.list({ entityTypeId: 1270, select: ['id', 'title'] })) as { items: unknown[] }
      expect(listed.items).toEqual([{ id: added.item.id, title: 'Shipment #1' }])
      // The items of another smart process are not this one's.
      const other = await failureOf(client.crm.item.get({ entityTypeId: 1268, id: added.item.id }))
      expect(other.errorId).toBe('itemNotFound')
      expect(await client.crm.item.delete({ entityTypeId: 1270, id: added.item.id })).toEqual([])
      expect(await client.crm.type.delete({ id: type.id })).toEqual([])
      const ended = await failureOf(client.crm.item.fields({ entityTypeId: 1270 }))
      expect(ended.errorId).toBe('typeNotFound')
    } finally {
      await close()
    }
  })

  it("filters with operators and nested logic: 'OR' groups, in either name spelling", async () => {
    const { client, close } = await transport.open()
    try {
      for (const [title, opportunity] of [
        ['Small', 100],
        ['Large', 5000],
        ['Medium', 900],
      ] as const)
        await client.crm.item.add({ entityTypeId: 1268, fields: { title, opportunity } })
      const list = async (filter: CrmItemFilter<SmartProcessItemFieldName>) =>
        (
          (await client.crm.item.list({ entityTypeId: 1268, select: ['title'], filter, order: { opportunity: 'DESC' } })) as {
            items: { title: string }[]
          }
        ).items.map((i) => i.title)
      expect(await list({ '>=opportunity': 900 })).toEqual(['Large', 'Medium'])
      // The server takes UPPER_CASE names too; the client's types offer the camelCase ones only.
      expect(await list({ '%TITLE': 'a' } as unknown as CrmItemFilter<SmartProcessItemFieldName>)).toEqual(
        ['Large', 'Small', 'Medium'].filter((t) => t.toLowerCase().includes('a')),
      )
      expect(await list({ '0': { logic: 'OR', '0': { title: 'Small' }, '1': { '>opportunity': 1000 } } })).toEqual(['Large', 'Small'])
      expect(await list({ '!@title': ['Small', 'Delivery #1'], '<opportunity': 1000 })).toEqual(['Medium'])
    } finally {
      await close()
    }
  })
})
