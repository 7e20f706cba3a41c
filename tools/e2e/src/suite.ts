/**
 * The client against the mock, the same cases whichever way the mock is reached: delete and
 * not-found, every error row of crm.contact.delete and every system row, retries after 503,
 * token refresh, timeout and abort, batch and deleteMany past 50.
 */
import {
  B24ApiError,
  type ClientOptions,
  createClient,
  crmContactDeleteDescriptor,
  type MethodDescriptor,
  systemErrors,
} from '@b24kit/client'
import type { MockPortalOptions } from '@b24kit/mock'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { type Rig, type StartRig, seedContacts } from './rig.js'

/** Registers the suite, each case on a fresh portal from `start`. */
export function defineClientSuite(start: StartRig): void {
  let rig: Rig | undefined
  afterEach(async () => {
    await rig?.close()
    rig = undefined
  })
  const open = async (options: MockPortalOptions = {}) => {
    rig = await start(options)
    return rig
  }
  const clientOf = (r: Rig, options: Partial<ClientOptions> = {}) =>
    createClient({ webhookUrl: r.webhookUrl, allowInsecureLoopback: r.allowInsecureLoopback, retry: false, ...options })
  const rejection = (promise: Promise<unknown>) =>
    promise.then(
      () => expect.unreachable('the call succeeded'),
      (error: unknown) => error as B24ApiError,
    )

  describe('the docs example', () => {
    it('deletes contact 50, then answers not-found for it', async () => {
      const r = await open()
      const b24 = clientOf(r)
      await expect(b24.crm.contact.delete({ id: 50 })).resolves.toBe(true)
      expect(r.engine.store.get('contact', 50)).toBeUndefined()
      const error = await rejection(b24.crm.contact.delete({ id: 50 }))
      expect(error).toBeInstanceOf(B24ApiError)
      expect(error).toMatchObject({
        kind: 'notFound',
        errorId: 'notFound',
        status: 400,
        code: 'ERROR_CORE',
        description: 'Элемент не найден',
      })
    })
  })

  describe("every row of crm.contact.delete's error table", () => {
    // The descriptor, without its param rules: the call reaches the mock, which answers the row.
    const unchecked: MethodDescriptor = { ...crmContactDeleteDescriptor, params: [] }
    const provoke: Record<string, { options: MockPortalOptions; params: object }> = {
      invalidParams: { options: {}, params: { id: 0 } },
      accessDenied: { options: { users: [{ id: 1, permissions: { contact: ['read'] }, scopes: '*' }] }, params: { id: 50 } },
      notFound: { options: { lang: 'en' }, params: { id: 51 } },
    }

    it('has a way to provoke each row', () => {
      expect(Object.keys(provoke).sort()).toEqual(crmContactDeleteDescriptor.errors.map((row) => row.kind).sort())
    })

    it.each(crmContactDeleteDescriptor.errors.map((row) => [row.id, row] as const))(
      '%s: the mock answers it, the client classifies it',
      async (_id, row) => {
        const how = provoke[row.kind]!
        const r = await open(how.options)
        const error = await rejection(clientOf(r).request(unchecked, how.params))
        expect(error).toMatchObject({ method: 'crm.contact.delete', status: row.status, code: row.code, kind: row.kind, errorId: row.id })
        expect(typeof row.text === 'string' ? [row.text] : [row.text.ru, row.text.en]).toContain(error.description)
      },
    )

    it.each([0, -1, 'abc', '0'])('an id of %j fails in the client as the mock would answer, and never reaches it', async (id) => {
      const r = await open()
      const fromMock = await rejection(clientOf(r).request(unchecked, { id }))
      const seen = r.engine.journal.length
      const fromClient = await rejection(clientOf(r).callUntyped('crm.contact.delete', { id }))
      expect(r.engine.journal).toHaveLength(seen)
      const fields = (e: B24ApiError) => ({ status: e.status, code: e.code, description: e.description, kind: e.kind, errorId: e.errorId })
      expect(fields(fromClient)).toEqual(fields(fromMock))
    })
  })

  it('an id of 1.5 fails in the client with invalidId; the mock would cast it to 1 as PHP does', async () => {
    const r = await open()
    await expect(clientOf(r).crm.contact.delete({ id: 1.5 })).rejects.toMatchObject({ kind: 'invalidParams', errorId: 'invalidId' })
    expect(r.engine.journal).toHaveLength(0)
  })

  describe('every system row', () => {
    it.each(systemErrors.map((row) => [row.id, row] as const))('%s', async (_id, row) => {
      const r = await open({ faults: { errors: [{ code: row.code, rate: 1 }] } })
      const error = await rejection(clientOf(r).crm.contact.delete({ id: 50 }))
      expect(error).toMatchObject({ status: row.status, code: row.code, kind: row.kind, errorId: row.id })
    })
  })

  describe('retries', () => {
    it('retries 503 QUERY_LIMIT_EXCEEDED until every call goes through', async () => {
      const r = await open({ seed: seedContacts(10), faults: { errors: [{ code: 'QUERY_LIMIT_EXCEEDED', rate: 0.5 }] }, randomSeed: 7 })
      const b24 = clientOf(r, { retry: { attempts: 20, baseDelayMs: 1, maxDelayMs: 4 } })
      for (let id = 1; id <= 10; id++) await expect(b24.crm.contact.delete({ id })).resolves.toBe(true)
      const limited = r.engine.journal.filter((entry) => entry.status === 503)
      expect(limited.length).toBeGreaterThan(0)
      expect(r.engine.journal).toHaveLength(10 + limited.length)
    })

    it('never retries a 4xx', async () => {
      const r = await open()
      await rejection(clientOf(r, { retry: { attempts: 5, baseDelayMs: 1 } }).crm.contact.delete({ id: 51 }))
      expect(r.engine.journal).toHaveLength(1)
    })
  })

  describe('OAuth', () => {
    it('refreshes an expired token once for concurrent calls, and retries each', async () => {
      const r = await open({ seed: seedContacts(5), oauthTokens: [{ token: 'old-token', expiresAt: 0 }, 'new-token'] })
      const refresh = vi.fn(async () => ({ accessToken: 'new-token', refreshToken: 'next-refresh' }))
      const onTokens = vi.fn()
      const b24 = createClient({
        oauth: { portalUrl: r.portalUrl, accessToken: 'old-token', refreshToken: 'refresh', refresh, onTokens },
        allowInsecureLoopback: r.allowInsecureLoopback,
        retry: false,
      })
      const results = await Promise.all([1, 2, 3, 4, 5].map((id) => b24.crm.contact.delete({ id })))
      expect(results).toEqual([true, true, true, true, true])
      expect(refresh).toHaveBeenCalledTimes(1)
      expect(onTokens).toHaveBeenCalledWith({ accessToken: 'new-token', refreshToken: 'next-refresh' })
      expect(r.engine.journal.filter((e) => e.error === 'expired_token')).toHaveLength(5)
    })
  })

  describe('timeout and abort', () => {
    it('gives up on a slow answer after timeoutMs', async () => {
      const r = await open({ faults: { latency: { fixedMs: 400 } } })
      const error = await rejection(clientOf(r, { timeoutMs: 50 }).crm.contact.delete({ id: 50 }))
      expect(error).toMatchObject({ kind: 'timeout', status: 0 })
    })

    it("rejects with the signal's reason when aborted", async () => {
      const r = await open({ faults: { latency: { fixedMs: 400 } } })
      const controller = new AbortController()
      const call = clientOf(r).crm.contact.delete({ id: 50 }, { signal: controller.signal })
      setTimeout(() => controller.abort(new Error('user left')), 20)
      await expect(call).rejects.toThrow('user left')
    })
  })

  describe('batch past 50', () => {
    it('deleteMany reports each of 120 ids, sent in chunks of 50', async () => {
      const r = await open({ seed: seedContacts(100) })
      const ids = Array.from({ length: 120 }, (_, i) => i + 1)
      const report = await clientOf(r).crm.contact.deleteMany(ids)
      expect(report.deleted).toEqual(ids.slice(0, 100))
      expect(report.notFound).toEqual(ids.slice(100))
      expect(report.failed).toEqual([])
      expect(r.engine.journal.filter((e) => e.method === 'batch')).toHaveLength(3)
      expect(r.engine.store.get('contact', 100)).toBeUndefined()
    })

    it('batch keeps 60 keyed commands, results and errors keyed like the input', async () => {
      const r = await open({ seed: seedContacts(30) })
      const commands = Object.fromEntries(
        Array.from({ length: 60 }, (_, i) => [`c${i + 1}`, { method: 'crm.contact.delete', params: { id: i + 1 } } as const]),
      )
      const report = await clientOf(r).batch(commands)
      // Contacts 1..30 and 50 are stored.
      expect(Object.keys(report.results)).toHaveLength(31)
      expect(Object.keys(report.errors)).toHaveLength(29)
      expect(report.results.c30).toBe(true)
      expect(report.results.c50).toBe(true)
      expect(report.errors.c31).toMatchObject({ kind: 'notFound', errorId: 'notFound' })
      expect(report.skipped).toEqual([])
    })
  })
}
