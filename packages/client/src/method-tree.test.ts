/**
 * The method tree built by name: its members route to the method their path names, its helpers
 * to deleteMany and the pager, and each call checks and classifies with the descriptor it finds
 * by need; a transport alone gets the same tree through createMethodTree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { B24ApiError, createBaseClient, createClient, createMethodTree } from './index.js'
import { ok, type Portal, startPortal } from './testing/loopback.js'

let portal: Portal
beforeAll(async () => {
  portal = await startPortal()
})
afterAll(() => portal.close())

const settings = () => ({ webhookUrl: portal.webhook(), allowInsecureLoopback: true })
const path = (url: string) => url.slice(url.lastIndexOf('/') + 1)

describe('the tree built by name', () => {
  it('calls the method its path names, with the descriptor found by need', async () => {
    portal.seen.length = 0
    portal.script = () => ok(true)
    const b24 = createClient({ ...settings(), retry: false, rateLimit: false })
    await expect(b24.crm.contact.delete({ id: 50 })).resolves.toBe(true)
    expect(portal.seen.map((s) => path(s.url))).toEqual(['crm.contact.delete'])
    // The descriptor's rules refuse an id of 0 before sending, and its rows classify the answer.
    const refused = await b24.crm.contact.delete({ id: 0 }).catch((e: unknown) => e)
    expect(refused).toMatchObject({ errorId: 'invalidId', kind: 'invalidParams' })
    expect(portal.seen).toHaveLength(1)
  })

  it('routes deleteMany and listAll to the delete and list methods beside them', async () => {
    portal.seen.length = 0
    portal.script = (seen) => (path(seen.url) === 'batch' ? ok({ result: { d0: true, d1: true }, result_error: [] }) : ok([{ ID: '1' }]))
    const b24 = createMethodTree(createBaseClient(settings()))
    await expect(b24.crm.contact.deleteMany([1, 2])).resolves.toEqual({ deleted: [1, 2], notFound: [], failed: [] })
    const listed = []
    for await (const contact of b24.crm.contact.listAll({})) listed.push(contact)
    expect(listed).toEqual([{ ID: '1' }])
    expect(portal.seen.map((s) => path(s.url))).toEqual(['batch', 'crm.contact.list'])
    expect(portal.seen[0]?.body.cmd).toEqual({ d0: 'crm.contact.delete?id=1', d1: 'crm.contact.delete?id=2' })
  })

  it('is not a promise, keeps the client own members, and says when a helper has no method with a spec', async () => {
    const b24 = createClient({ ...settings(), retry: false, rateLimit: false })
    expect((b24.crm as unknown as { then?: unknown }).then).toBeUndefined()
    expect(typeof b24.call).toBe('function')
    const unknown = (b24 as unknown as { no: { such: { deleteMany(ids: number[]): Promise<unknown> } } }).no.such
    await expect(unknown.deleteMany([1])).rejects.toThrow('deleteMany needs a method with a spec; no.such.delete has none')
    const pages = (b24 as unknown as { no: { such: { listAll(p: object): AsyncGenerator<unknown> } } }).no.such.listAll({})
    await expect(pages.next()).rejects.toThrow('paginate needs a method with a spec; no.such.list has none')
  })

  it('sends a method without a spec unchecked and reads any error by the shared rows', async () => {
    portal.script = () => ({ status: 404, json: { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' } })
    const b24 = createClient({ ...settings(), retry: false, rateLimit: false })
    const error = await (b24 as unknown as { no: { such: { thing(p: object): Promise<unknown> } } }).no.such
      .thing({})
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(B24ApiError)
    expect(error).toMatchObject({ kind: 'methodNotFound', method: 'no.such.thing' })
  })
})
