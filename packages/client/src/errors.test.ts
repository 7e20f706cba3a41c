/**
 * Classification of every error row of crm.contact.delete and every system row, as a real server
 * answers them over loopback HTTP; rows with an empty code are told apart by their text, the
 * not-found row in either language; 401 and 403 are read alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemErrors as systemErrorsByNeed } from './generated/system-errors-by-need.js'
import { createBaseClient, createClient, crmContactDelete, crmContactDeleteDescriptor, systemErrors } from './index.js'
import { failWith, type Portal, rejection, startPortal } from './testing/loopback.js'

let portal: Portal
beforeAll(async () => {
  portal = await startPortal()
})
afterAll(() => portal.close())

const client = () => createClient({ webhookUrl: portal.webhook(), allowInsecureLoopback: true, retry: false, rateLimit: false })

const texts = (text: string | { ru: string; en: string }) => (typeof text === 'string' ? [text] : [text.ru, text.en])

describe("crm.contact.delete's own rows", () => {
  const cases = crmContactDeleteDescriptor.errors.flatMap((row) => texts(row.text).map((text) => [row.id, text, row] as const))
  // The descriptor keeps only the English of a row its code tells apart: the Russian answer is matched by the code.
  const notFound = crmContactDeleteDescriptor.errors.find((row) => row.id === 'notFound')
  if (notFound) cases.push(['notFound', 'Элемент не найден', notFound])

  it.each(cases)('classifies %s sent as %j', async (_id, text, row) => {
    portal.script = () => failWith(row.status, row.code, text)
    const error = await rejection(client().crm.contact.delete({ id: 50 }))
    expect(error).toMatchObject({
      method: 'crm.contact.delete',
      status: row.status,
      code: row.code,
      description: text,
      kind: row.kind,
      errorId: row.id,
    })
    expect(error.message).toBe(`crm.contact.delete: ${text} (${row.kind}, ${row.status})`)
  })

  it('reads the not-found code alone when an old server sends no text', async () => {
    portal.script = () => failWith(400, 'ERROR_CORE', '')
    expect(await rejection(client().crm.contact.delete({ id: 50 }))).toMatchObject({ kind: 'notFound', errorId: 'notFound' })
  })

  it('tells the two empty-code rows apart by text, whatever the final period', async () => {
    portal.script = () => failWith(400, '', 'Access denied')
    expect(await rejection(client().crm.contact.delete({ id: 50 }))).toMatchObject({ kind: 'accessDenied', errorId: 'accessDenied' })
  })

  it('gives an empty-code answer it does not know no row, and a kind from its status', async () => {
    portal.script = () => failWith(400, '', 'Something else')
    expect(await rejection(client().crm.contact.delete({ id: 50 }))).toMatchObject({ kind: 'invalidRequest', errorId: undefined })
  })
})

describe('the system rows', () => {
  // createClient loads its copy of the rows with the first error answer; the standalone transport imports them.
  const base = () => createBaseClient({ webhookUrl: portal.webhook(), allowInsecureLoopback: true })
  const rows = systemErrors.flatMap((row) => [
    ['createClient', row.id, row, client] as const,
    ['createBaseClient', row.id, row, base] as const,
  ])

  it.each(rows)('%s classifies %s by its code', async (_client, _id, row, create) => {
    portal.script = () => failWith(row.status, row.code, 'as the server words it')
    const error = await rejection(crmContactDelete(create(), { id: 50 }))
    expect(error).toMatchObject({ status: row.status, code: row.code, kind: row.kind, errorId: row.id })
  })

  it('are the same rows in the module createClient loads by need', () => {
    expect(systemErrorsByNeed).toEqual(systemErrors)
  })

  it.each([401, 403])('reads the auth rows alike under HTTP %i', async (status) => {
    portal.script = () =>
      failWith(status, 'insufficient_scope', 'The request requires higher privileges than provided by the webhook token')
    expect(await rejection(client().crm.contact.delete({ id: 50 }))).toMatchObject({
      status,
      kind: 'insufficientScope',
      errorId: 'insufficientScope',
    })
  })

  it('classifies the rows of a method without a spec through callUntyped', async () => {
    portal.script = () => failWith(404, 'ERROR_METHOD_NOT_FOUND', 'Method not found!')
    const error = await rejection(client().callUntyped('crm.nothing.here', { a: 1 }))
    expect(error).toMatchObject({ method: 'crm.nothing.here', kind: 'methodNotFound', errorId: 'methodNotFound' })
  })
})

describe('answers without a row', () => {
  it.each([
    ['an HTML 502 from a proxy', { status: 502, text: '<html>Bad gateway</html>' }, 'serverError', 502],
    ['a 503 with no body', { status: 503, text: '' }, 'rateLimited', 503],
    ['a 200 that is not JSON', { status: 200, text: 'oops' }, 'invalidResponse', 200],
    ['a 200 without result', { status: 200, json: { nothing: 1 } }, 'invalidResponse', 200],
    ['a 200 with a number', { status: 200, json: 5 }, 'invalidResponse', 200],
    ['an unknown code under 500', { status: 500, json: { error: 'NEW_CODE', error_description: 'new' } }, 'serverError', 500],
  ] as const)('classifies %s', async (_title, reply, kind, status) => {
    portal.script = () => reply
    expect(await rejection(client().crm.contact.delete({ id: 50 }))).toMatchObject({ kind, status, errorId: undefined })
  })
})
