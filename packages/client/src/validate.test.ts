/** Validation before any network: the same error the server gives, and nothing sent. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MethodDescriptor } from './descriptor.js'
import { B24ApiError, createBaseClient, createClient, crmContactDelete } from './index.js'
import { ok, type Portal, startPortal } from './testing/loopback.js'
import { isExpectedResult } from './validate.js'

let portal: Portal
beforeAll(async () => {
  portal = await startPortal(() => ok(true))
})
afterAll(() => portal.close())

const serverError = {
  name: 'B24ApiError',
  method: 'crm.contact.delete',
  status: 400,
  code: '',
  description: 'ID is not defined or invalid.',
  kind: 'invalidParams',
  errorId: 'invalidId',
}

describe('an invalid id', () => {
  it.each([
    ['0', { id: 0 }],
    ['-1', { id: -1 }],
    ['1.5', { id: 1.5 }],
    ['"abc"', { id: 'abc' }],
    ['"0"', { id: '0' }],
    ['missing', {}],
    ['null', { id: null }],
    ['true', { id: true }],
    ['NaN', { id: Number.NaN }],
    ['an object', { id: { value: 5 } }],
  ])('%s fails before any request with the server error', async (_title, params) => {
    const before = portal.seen.length
    const client = createBaseClient({ webhookUrl: portal.webhook(), allowInsecureLoopback: true })
    const error = await crmContactDelete(client, params as never).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(B24ApiError)
    expect(error).toMatchObject(serverError)
    expect(portal.seen.length).toBe(before)
  })
})

describe('a valid id', () => {
  it.each([
    ['50', { id: 50 }],
    ['"50", cast as PHP casts it', { id: '50' }],
    ['"12abc", cast to 12', { id: '12abc' }],
    ['ID, read before id', { ID: 7, id: 0 }],
  ])('%s is sent as given', async (_title, params) => {
    const b24 = createClient({ webhookUrl: portal.webhook(), allowInsecureLoopback: true })
    await expect(b24.callUntyped('crm.contact.delete', params)).resolves.toBe(true)
    expect(portal.seen.at(-1)?.body).toEqual(params)
  })

  it('checks the method case-insensitively, as the server names it', async () => {
    const b24 = createClient({ webhookUrl: portal.webhook(), allowInsecureLoopback: true })
    await expect(b24.callUntyped('CRM.Contact.Delete', { id: 0 })).rejects.toMatchObject({ errorId: 'invalidId' })
  })
})

describe('the expected result', () => {
  const descriptor = (result: MethodDescriptor['result']): MethodDescriptor => ({ method: 'x.y', params: [], errors: [], result })
  it('takes null where the method answers null, and nothing else there', () => {
    expect(isExpectedResult(descriptor({ type: 'null', const: null }), null)).toBe(true)
    expect(isExpectedResult(descriptor({ type: 'null', const: null }), true)).toBe(false)
    expect(isExpectedResult(descriptor({ type: 'null' }), null)).toBe(true)
    expect(isExpectedResult(descriptor({ type: 'null' }), {})).toBe(false)
    expect(isExpectedResult(descriptor({ type: 'object' }), {})).toBe(true)
  })
})
