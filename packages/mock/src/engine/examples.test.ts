/**
 * Example-backed answers: the call's params and each example's are read by the same rules, so a
 * form body's text matches an example's numbers; the no-match row, or the first example, answers the
 * rest. And crm.deal.contact.fields, the first such method, over the engine.
 */
import { describe, expect, it } from 'vitest'
import { createMockEngine } from '../engine.js'
import type { MockExampleOperation, MockParamRule } from '../table.js'
import { runExampleOperation } from './examples.js'

const rules: MockParamRule[] = [
  { name: 'id', type: 'integer', required: true, spellings: ['ID', 'id'], coercion: 'php-int' },
  { name: 'filter', type: 'object', required: false, spellings: ['filter'], coercion: 'none' },
  { name: 'ids', type: 'array', required: false, spellings: ['ids'], coercion: 'none' },
]
const op = (noMatch?: string): MockExampleOperation => ({
  kind: 'example',
  examples: [
    { params: { id: 5, filter: { TYPE: 'CLIENT', ACTIVE: true } }, result: 'five' },
    { params: { ID: 7, ids: [1, 2] }, result: 'seven' },
  ],
  ...(noMatch ? { noMatch } : {}),
})
const values = (entries: Record<string, unknown>) => new Map(Object.entries(entries))

describe('runExampleOperation', () => {
  it('matches by the rules: another spelling, numbers as text, a form list as an object keyed 0, 1', () => {
    expect(runExampleOperation(op(), rules, values({ id: 5, filter: { TYPE: 'CLIENT', ACTIVE: 'true' } }))).toEqual({
      ok: true,
      result: 'five',
    })
    expect(runExampleOperation(op(), rules, values({ id: 7, ids: { 0: '1', 1: '2' } }))).toEqual({ ok: true, result: 'seven' })
  })

  it('does not match a different value, a missing or an extra member', () => {
    const noMatch = { ok: false, rowId: 'notFound' }
    expect(runExampleOperation(op('notFound'), rules, values({ id: 6 }))).toEqual(noMatch)
    expect(runExampleOperation(op('notFound'), rules, values({ id: 5, filter: { TYPE: 'CLIENT' } }))).toEqual(noMatch)
    expect(runExampleOperation(op('notFound'), rules, values({ id: 7, ids: [1, 2, 3] }))).toEqual(noMatch)
    expect(runExampleOperation(op('notFound'), rules, values({ id: 5 }))).toEqual(noMatch)
  })

  it('answers the first example where the spec names no no-match row', () => {
    expect(runExampleOperation(op(), rules, values({ id: 6 }))).toEqual({ ok: true, result: 'five' })
  })
})

describe('crm.deal.contact.fields (example-backed) over the engine', () => {
  it('answers the page example, also when called with params it ignores', async () => {
    const engine = createMockEngine()
    for (const query of ['', '?foo=1']) {
      const response = await engine.handle(new Request(`${engine.webhookUrl}crm.deal.contact.fields${query}`))
      const body = (await response.json()) as { result: Record<string, { type: string; isRequired: boolean }> }
      expect(Object.keys(body.result)).toEqual(['SORT', 'IS_PRIMARY', 'CONTACT_ID'])
      expect(body.result.CONTACT_ID).toMatchObject({ type: 'integer', isRequired: true })
    }
  })
})
