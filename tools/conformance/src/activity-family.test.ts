/**
 * The crm.activity record family end to end: the generated client against the `b24kit-mock` server
 * over real HTTP (port 0). An activity added with crm.activity.add is the one get, list, update and
 * delete see, its typed fields cast as the portal casts them and its owner kept on update; the to-do
 * methods, whose names have capitals, answer through the typed client too.
 */
import { createClient } from '@b24kit/client'
import { startMockServer } from '@b24kit/mock'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { failureOf } from './failure-of.js'

let mock: Awaited<ReturnType<typeof startMockServer>>
let client: ReturnType<typeof createClient>

beforeAll(async () => {
  mock = await startMockServer({ port: 0, lang: 'en' })
  client = createClient({ webhookUrl: mock.webhookUrl, allowInsecureLoopback: true })
})
afterAll(() => mock.close())

describe('crm.activity.* over HTTP', () => {
  it('adds, reads, lists, changes and deletes one activity', async () => {
    const communications = [{ VALUE: '+15550100', ENTITY_ID: 50, ENTITY_TYPE_ID: 3 }]
    const id = await client.crm.activity.add({
      fields: {
        OWNER_TYPE_ID: 3,
        OWNER_ID: 50,
        TYPE_ID: 2,
        SUBJECT: 'Call Ivan back',
        RESPONSIBLE_ID: '1',
        PRIORITY: 3,
        COMMUNICATIONS: communications,
      },
    })
    // The default store holds activities 20 and 999.
    expect(id).toBe(1000)

    const added = await client.crm.activity.get({ id })
    expect(added).toMatchObject({
      ID: '1000',
      OWNER_TYPE_ID: '3',
      OWNER_ID: '50',
      SUBJECT: 'Call Ivan back',
      RESPONSIBLE_ID: '1',
      PRIORITY: '3',
      COMPLETED: 'N',
      AUTHOR_ID: '1',
      COMMUNICATIONS: communications,
      FILES: null,
    })

    // The owner is set on add only; the rest changes.
    expect(await client.crm.activity.update({ id, fields: { OWNER_ID: 15, DESCRIPTION: 'Asked for a quote', COMPLETED: 'Y' } })).toBe(true)
    expect(await client.crm.activity.get({ id })).toMatchObject({ OWNER_ID: '50', DESCRIPTION: 'Asked for a quote', COMPLETED: 'Y' })

    const owned = await client.crm.activity.list({ filter: { OWNER_TYPE_ID: 3, OWNER_ID: 50 }, select: ['ID', 'SUBJECT'] })
    expect(owned).toEqual([{ ID: '1000', SUBJECT: 'Call Ivan back' }])

    expect(await client.crm.activity.delete({ id })).toBe(true)
    const gone = await failureOf(client.crm.activity.get({ id }))
    expect([gone.errorId, gone.code, gone.description]).toEqual(['notFound', '', 'Activity is not found'])
    expect((await client.crm.activity.list({ order: { ID: 'ASC' }, select: ['ID'] })).map((a) => a.ID)).toEqual(['20', '999'])
  })

  it('answers a bad id with the CRM record methods’ row', async () => {
    const bad = await failureOf(client.crm.activity.get({ id: 0 }))
    expect([bad.errorId, bad.description]).toEqual(['invalidId', 'ID is not defined or invalid.'])
  })

  it('serves the to-do methods, whose names have capitals, and names a missing parameter', async () => {
    expect(await client.crm.activity.todo.updateColor({ id: 999, ownerTypeId: 2, ownerId: 1, colorId: '3' })).toEqual({ id: 999 })
    // @ts-expect-error the client's types require `value`; the server's answer without it is the point
    const missing = await failureOf(client.call('crm.activity.todo.updateDeadline', { id: 999, ownerTypeId: 2, ownerId: 1 }))
    expect([missing.code, missing.description]).toEqual(['100', 'Could not find value for parameter {value}'])
  })
})
