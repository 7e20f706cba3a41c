/**
 * Typed entity fields: the types of an entity with a field of every shape, and the params and
 * result of list, get and add typed from them (golden files), plus the OpenAPI schemas of the same.
 */
import { type MethodSpec, parseMethodSpec, parseSharedSpecs } from '@b24kit/spec'
import { describe, expect, it } from 'vitest'
import { buildEntityComponents, buildParamsSchema, buildResultSchema } from '../openapi/schemas.js'
import { printStatements } from './__fixtures__/print.js'
import { getSmallSpec } from './__fixtures__/small-specs.js'
import { getEntityTyping } from './entity-fields.js'
import { printEntityTypes, printSharedEntityTypes } from './entity-types.js'
import { getMethodNames } from './names.js'
import { buildParams } from './params.js'
import { buildResult } from './result.js'

const title = (en: string) => ({ ru: en, en })
const parsed = parseSharedSpecs('specs/shared/index.ts', {
  systemErrors: [{ id: 'x', code: 'X', status: 500, text: 'X', kind: 'serverError', when: title('when') }],
  types: [],
  entities: [
    {
      name: 'item',
      title: title('Item'),
      idField: 'ID',
      fields: [
        { name: 'ID', type: 'integer', isReadOnly: true, title: title('ID') },
        { name: 'TITLE', type: 'string', title: title('Title') },
        { name: 'PRICE', type: 'double', title: title('Price') },
        { name: 'OPENED', type: 'char', title: title('Open') },
        { name: 'OWNER_IDS', type: 'user', isMultiple: true, title: title('Owners') },
        { name: 'PHONE', type: 'crm_multifield', isMultiple: true, title: title('Phone') },
        { name: 'CREATED', type: 'datetime', isReadOnly: true, title: title('Created') },
      ],
    },
  ],
})
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
const entities = parsed.value.entities
const item = entities[0]!

/** A fixture method with another operation, from the small delete spec. */
function specWith(method: string, changes: Partial<Record<keyof MethodSpec, unknown>>): MethodSpec {
  const base = JSON.parse(JSON.stringify(getSmallSpec('demo.folder.delete'))) as Record<string, unknown>
  const result = parseMethodSpec(`specs/${method}.ts`, { ...base, method, deprecated: undefined, ...changes })
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.value
}

const param = (name: string, type: string) => ({ name, type, required: false, description: title(name) })
const list = specWith('demo.item.list', {
  params: [param('select', 'array'), param('filter', 'object'), param('order', 'object'), param('start', 'integer')],
  result: { type: 'array', description: title('Items') },
  operation: { kind: 'list', entity: 'item', select: 'select', filter: 'filter', order: 'order', start: 'start' },
})
const add = specWith('demo.item.add', {
  params: [{ ...param('fields', 'object'), required: true }],
  result: { type: 'integer', description: title('Id') },
  operation: { kind: 'add', entity: 'item', fields: 'fields' },
})
const get = specWith('demo.item.get', {
  result: { type: 'object', description: title('Item') },
  operation: { kind: 'get', entity: 'item', by: 'id', notFound: 'notFound' },
})

describe('entity types', () => {
  it('match the golden file: answers as strings, Y/N flags, nulls, multi-fields; writable fields; keys of select, order, filter', async () => {
    await expect(printStatements(...printSharedEntityTypes(), ...printEntityTypes(item))).toMatchFileSnapshot(
      './__snapshots__/entity-types.ts.snap',
    )
  })

  it('type the params and results of list, add and get', async () => {
    const text = printStatements(
      ...[list, add, get].flatMap((spec) => {
        const typing = getEntityTyping(spec, entities)
        const names = getMethodNames(spec.method)
        return [buildParams(spec, names, typing), buildResult(spec, names, typing)]
      }),
    )
    expect(text).toContain('filter?: ItemFilter;')
    expect(text).toContain('export type DemoItemListResult = ItemListItem[];')
    expect(text).toContain('fields: ItemFields;')
    expect(text).toContain('export type DemoItemGetResult = Item;')
    await expect(text).toMatchFileSnapshot('./__snapshots__/entity-methods.ts.snap')
  })

  it('leave a method alone whose entity declares no fields', () => {
    expect(getEntityTyping(get, [{ ...item, fields: [] }])).toBeUndefined()
  })

  it('give OpenAPI the same shapes: ids as strings, nullable plain fields, multi-field lists, prefixed filter keys', () => {
    // The method refers to its entity's shared schemas by $ref; the shapes are checked there.
    const components = buildEntityComponents(entities)
    const resolve = (schema: unknown) =>
      components[
        String((schema as { $ref: string }).$ref)
          .split('/')
          .pop() as string
      ]
    const record = resolve(buildResultSchema(get, entities)) as { properties: Record<string, unknown>; required: string[] }
    expect(record.properties.ID).toMatchObject({ type: 'string' })
    expect(record.properties.OPENED).toMatchObject({ type: ['string', 'null'], enum: ['Y', 'N', null] })
    expect(record.properties.OWNER_IDS).toMatchObject({ type: ['array', 'null'], items: { type: 'string' } })
    expect(record.required).not.toContain('PHONE')
    const params = buildParamsSchema(list, entities) as { properties: { filter: unknown; select: unknown } }
    const filter = resolve(params.properties.filter) as { properties: object }
    expect(Object.keys(filter.properties)).toEqual(expect.arrayContaining(['>=ID', '%TITLE', '!@OWNER_IDS', 'PHONE']))
    expect(resolve(params.properties.select)).toMatchObject({
      items: { enum: ['*', 'ID', 'TITLE', 'PRICE', 'OPENED', 'OWNER_IDS', 'PHONE', 'CREATED'] },
    })
  })
})
