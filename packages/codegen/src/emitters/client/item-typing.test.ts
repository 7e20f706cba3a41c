/**
 * The camelCase typing of an entity that says `naming: 'camel'` without a crm.item.* type id (a
 * payment): its record types are printed, an unwrapped get answers the record and an unwrapped list
 * a list of partial records, in the client's types and in the OpenAPI schemas alike.
 */
import type { EntitySpec, MethodSpec, SharedSpecs } from '@b24kit/spec'
import { describe, expect, it } from 'vitest'
import { buildCamelResultSchema } from '../openapi/item-schemas.js'
import { getItemTypeExports, getItemTyping, printItemTypes } from './item-typing.js'

const field = (name: string, type: string, extra: object = {}) => ({ name, type, title: { ru: name, en: name }, ...extra })
const payment = {
  name: 'salePayment',
  title: { ru: 'Оплата', en: 'Payment' },
  idField: 'ID',
  naming: 'camel',
  fields: [
    field('ID', 'integer', { isReadOnly: true }),
    field('PAID', 'boolean', { enum: [{ value: 'Y' }, { value: 'N' }] }),
    field('ENTITY_ID', 'integer', { upperOnly: true }),
  ],
} as unknown as EntitySpec

const method = (kind: 'get' | 'list') =>
  ({
    method: `crm.item.payment.${kind}`,
    operation: { kind, entity: 'salePayment', naming: 'camel', ...(kind === 'get' ? { by: 'id', notFound: 'x' } : {}) },
    result: { type: kind === 'get' ? 'object' : 'array', description: { ru: '', en: 'answer' } },
    params: [],
  }) as unknown as MethodSpec

describe('an entity answered in camelCase by its own naming', () => {
  it('gets its camelCase record types, without its owner fields', () => {
    const printed = printItemTypes({ entities: [payment] } as unknown as SharedSpecs).join('\n')
    expect(printed).toContain('export interface Payment {')
    expect(printed).toContain('paid: "Y" | "N" | null')
    expect(printed).not.toContain('entityId')
    expect(getItemTypeExports([payment])).toEqual(expect.arrayContaining(['Payment', 'PaymentFields', 'PaymentFieldName']))
  })

  it('types an unwrapped get as the record and an unwrapped list as partial records', () => {
    expect(getItemTyping(method('get'), [payment])?.result).toBe('Payment')
    expect(getItemTyping(method('list'), [payment])?.result).toBe('Partial<Payment>[]')
    expect(buildCamelResultSchema(method('get'), [payment])).toMatchObject({ type: 'object', required: ['id', 'paid'] })
    expect(buildCamelResultSchema(method('list'), [payment])).toMatchObject({ type: 'array', items: { type: 'object' } })
    expect(buildCamelResultSchema(method('list'), [payment])).not.toHaveProperty('items.required')
  })
})
