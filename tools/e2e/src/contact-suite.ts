/**
 * The contact family end to end through the client against the mock, whichever way the mock is
 * reached: add, get, update, list with a filter across pages (pager and single pages with `total`
 * and `next`), delete, and get again (not found).
 */
import { B24ApiError, type ContactListItem, createClient } from '@b24kit/client'
import { afterEach, describe, expect, it } from 'vitest'
import type { Rig, StartRig } from './rig.js'

/** Registers the contact cases, each on a fresh portal from `start`. */
export function defineContactSuite(start: StartRig): void {
  let rig: Rig | undefined
  afterEach(async () => {
    await rig?.close()
    rig = undefined
  })

  describe('the contact family', () => {
    it('adds, gets, updates, lists across pages, deletes, then gets not found', async () => {
      // 70 contacts whose name contains "Ivan" beside 20 that do not, so the filter spans two pages.
      const seeded = Array.from({ length: 90 }, (_, i) => ({ ID: 100 + i, NAME: i < 70 ? `Ivan ${i}` : `Petr ${i}`, OPENED: 'Y' }))
      rig = await start({ seed: { contact: seeded } })
      const b24 = createClient({ webhookUrl: rig.webhookUrl, allowInsecureLoopback: rig.allowInsecureLoopback, retry: false })

      const id = await b24.crm.contact.add({
        fields: { NAME: 'Ivanka', LAST_NAME: 'Smirnova', OPENED: 'N', PHONE: [{ VALUE: '+7 495 000-00-51', VALUE_TYPE: 'WORK' }] },
      })
      expect(id).toBeGreaterThan(189)

      const added = await b24.crm.contact.get({ id })
      expect(added).toMatchObject({ ID: String(id), NAME: 'Ivanka', LAST_NAME: 'Smirnova', OPENED: 'N', HAS_PHONE: 'Y' })
      expect(added.PHONE).toEqual([expect.objectContaining({ VALUE: '+7 495 000-00-51', VALUE_TYPE: 'WORK', TYPE_ID: 'PHONE' })])

      await expect(b24.crm.contact.update({ id, fields: { POST: 'Manager', OPENED: 'Y' } })).resolves.toBe(true)
      expect(await b24.crm.contact.get({ id })).toMatchObject({ POST: 'Manager', OPENED: 'Y', NAME: 'Ivanka' })

      // One page at a time: 50 records, `total` and `next` reach the caller.
      const params = { filter: { '%NAME': 'ivan' }, order: { ID: 'ASC' as const }, select: ['ID', 'NAME'] as ('ID' | 'NAME')[] }
      const first = await b24.callWithMeta('crm.contact.list', params)
      expect(first.result).toHaveLength(50)
      expect([first.total, first.next]).toEqual([71, 50])
      const second = await b24.callWithMeta('crm.contact.list', { ...params, start: first.next })
      expect(second.result).toHaveLength(21)
      expect(second.next).toBeUndefined()

      // The pager: every match, in order, over both pages.
      const totals: (number | undefined)[] = []
      const all: ContactListItem[] = []
      for await (const contact of b24.paginate('crm.contact.list', params, { onPage: (page) => totals.push(page.total) })) all.push(contact)
      expect(totals).toEqual([71, 71])
      expect(all.map((c) => c.ID)).toEqual([...seeded.slice(0, 70).map((c) => String(c.ID)), String(id)])
      expect(all.every((c) => /ivan/i.test(String(c.NAME)))).toBe(true)
      expect(Object.keys(all.at(-1) ?? {}).sort()).toEqual(['ID', 'NAME'])

      await expect(b24.crm.contact.delete({ id })).resolves.toBe(true)
      const error = await b24.crm.contact.get({ id }).then(
        () => expect.unreachable('the contact is still there'),
        (e: unknown) => e as B24ApiError,
      )
      expect(error).toBeInstanceOf(B24ApiError)
      expect(error).toMatchObject({ kind: 'notFound', errorId: 'notFound', method: 'crm.contact.get' })
      const left: ContactListItem[] = []
      for await (const contact of b24.crm.contact.listAll(params)) left.push(contact)
      expect(left).toHaveLength(70)
    })
  })
}
