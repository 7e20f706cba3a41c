/**
 * The crm.timeline.comment.* family through the generated client against the generated mock
 * (in-process, MSW): add, get and list share one store of comments, the portal fills AUTHOR_ID and
 * CREATED by itself, and update and delete answer their pages' examples; the example-backed bindings,
 * notes, pins, log entries, icons, logos and layout blocks answer their examples and their not-found rows.
 */
import { B24ApiError, createClient } from '@b24kit/client'
import { createMockPortal } from '@b24kit/mock'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

let client: ReturnType<typeof createClient>
beforeEach(() => {
  const portal = createMockPortal({ lang: 'en' })
  server.resetHandlers(...portal.handlers)
  client = createClient({ webhookUrl: portal.webhookUrlAt('http://127.0.0.1'), allowInsecureLoopback: true })
})

describe('crm.timeline.comment.*', () => {
  it('adds a comment that get and list then answer, author and date filled by the portal', async () => {
    const id = await client.crm.timeline.comment.add({ fields: { ENTITY_ID: 10, ENTITY_TYPE: 'deal', COMMENT: 'Call back on Monday' } })
    expect(id).toBe(1001)
    const comment = await client.crm.timeline.comment.get({ id })
    expect(comment).toMatchObject({ ID: '1001', ENTITY_ID: '10', ENTITY_TYPE: 'deal', COMMENT: 'Call back on Monday', AUTHOR_ID: '1' })
    expect(comment.CREATED).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/)
    const page = await client.crm.timeline.comment.list({
      filter: { ENTITY_ID: 10, ENTITY_TYPE: 'deal' },
      order: { ID: 'DESC' },
      select: ['ID', 'COMMENT'],
    })
    expect(page).toEqual([
      { ID: '1001', COMMENT: 'Call back on Monday' },
      { ID: '1000', COMMENT: 'Test comment' },
      { ID: '999', COMMENT: 'New comment was added' },
    ])
  })

  it('lists only the comments of the item the filter names', async () => {
    await client.crm.timeline.comment.add({ fields: { ENTITY_ID: 55, ENTITY_TYPE: 'contact', COMMENT: 'Met at the fair' } })
    const page = await client.crm.timeline.comment.list({
      filter: { ENTITY_ID: 55, ENTITY_TYPE: 'contact' },
      select: ['ID', 'ENTITY_TYPE'],
    })
    expect(page).toEqual([{ ID: '1001', ENTITY_TYPE: 'contact' }])
  })

  it('answers the page examples for update (the id) and delete (null)', async () => {
    expect(
      await client.crm.timeline.comment.update({
        id: 999,
        fields: {
          COMMENT: 'Comment was changed',
          FILES: [
            ['1.gif', 'R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=='],
            ['2.gif', 'R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=='],
          ],
        },
      }),
    ).toBe(999)
    expect(await client.crm.timeline.comment.delete({ id: 999 })).toBeNull()
  })

  it('refuses an id no comment has with the not-found row', async () => {
    const error = await client.crm.timeline.comment.get({ id: 4242 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(B24ApiError)
    expect((error as B24ApiError).message).toContain('Not found.')
  })
})

describe('the example-backed timeline methods', () => {
  it('answer the page example, and the not-found row for a call no example has', async () => {
    const binding = { OWNER_ID: 1110, ENTITY_ID: 10, ENTITY_TYPE: 'deal' }
    expect(await client.crm.timeline.bindings.unbind({ fields: binding })).toBe(true)
    const unbound = await client.crm.timeline.bindings.unbind({ fields: { ...binding, ENTITY_ID: 11 } }).catch((e: unknown) => e)
    expect(unbound).toMatchObject({ description: 'Not found.', kind: 'notFound' })

    const record = { ownerTypeId: 1, ownerId: 1, itemType: 1, itemId: 2 }
    expect(await client.crm.timeline.note.get(record)).toMatchObject({ text: 'Test note' })
    const missing = await client.crm.timeline.note.get({ ...record, itemId: 3 }).catch((e: unknown) => e)
    expect(missing).toMatchObject({ code: 'NOT_FOUND', description: 'Element not found' })

    expect(await client.crm.timeline.item.pin({ id: 999, ownerTypeId: 2, ownerId: 10 })).toBeNull()

    expect(await client.crm.timeline.logmessage.get({ id: 1 })).toMatchObject({ logMessage: { id: 1, iconCode: 'info' } })
    const gone = await client.crm.timeline.logmessage.delete({ id: 2 }).catch((e: unknown) => e)
    expect(gone).toMatchObject({ code: 'NOT_FOUND', kind: 'notFound' })
    expect(await client.crm.timeline.logo.get({ code: 'info' })).toMatchObject({ logo: { code: 'info', isSystem: false } })
    const noIcon = await client.crm.timeline.icon.get({ code: 'nope' }).catch((e: unknown) => e)
    expect(noIcon).toMatchObject({ code: 'NOT_FOUND', kind: 'notFound' })
    expect(await client.crm.timeline.layout.blocks.delete({ entityTypeId: 2, entityId: 4, timelineId: 8 })).toEqual({ success: true })
    const noType = await client.callUntyped('crm.timeline.logmessage.list', { entityId: 1 }).catch((e: unknown) => e)
    expect(noType).toMatchObject({ code: '100', description: 'Could not find value for parameter {entityTypeId}' })
  })
})
