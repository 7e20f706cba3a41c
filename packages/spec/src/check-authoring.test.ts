/** The authoring checks: leftover TODO texts, example fields the entity lacks, unknown related methods. */
import { describe, expect, it } from 'vitest'
import { createTypedShared, createValidMethod } from '../test/fixtures.js'
import { findTodoTexts } from './check-authoring.js'
import { formatIssue, type MethodSpecInput, parseMethodSpec, parseSharedSpecs, SpecValidationError, validateSpecSet } from './index.js'

const file = 'specs/crm.thing.delete.ts'
const text = (s: string) => ({ ru: s, en: s })

function problemsOf(spec: MethodSpecInput, name = file, others: string[] = []): string[] {
  const parsed = parseMethodSpec(name, spec)
  if (!parsed.ok) return parsed.issues.map(formatIssue)
  const extra = others.map((method) => ({ file: `specs/${method}.ts`, spec: { ...parsed.value, method, related: [] } }))
  try {
    validateSpecSet([{ file: name, spec: parsed.value }, ...extra], createTypedShared())
    return []
  } catch (error) {
    if (error instanceof SpecValidationError) return error.issues.filter((i) => i.file === name).map(formatIssue)
    throw error
  }
}

describe('leftover TODO texts', () => {
  it('are refused, each naming its field path', () => {
    const spec = createValidMethod()
    spec.summary = { ru: 'TODO', en: 'Delete a thing' }
    spec.errors![1]!.when = { ru: 'нет права', en: 'TODO: say who may not' }
    expect(problemsOf(spec)).toEqual([
      `${file}: summary.ru: expected a text written for this method, not a TODO placeholder, received "TODO"`,
      `${file}: errors[1].when.en: expected a text written for this method, not a TODO placeholder, received "TODO: say who may not"`,
    ])
  })

  it('are found anywhere in the spec, and only at the start of a text', () => {
    expect(findTodoTexts({ a: [{ b: ' TODO x' }], c: 'not TODO', d: 1 })).toEqual([{ path: 'a[0].b', text: ' TODO x' }])
  })
})

describe('related methods', () => {
  it('take a method with a spec, or one the documentation has', () => {
    expect(problemsOf({ ...createValidMethod(), related: ['crm.thing.get', 'crm.contact.list'] }, file, ['crm.thing.get'])).toEqual([])
  })

  it('refuse a name nobody knows (a typo)', () => {
    expect(problemsOf({ ...createValidMethod(), related: ['crm.contact.lsit'] })).toEqual([
      `${file}: related[0]: expected a method that has a spec or a documentation page (see packages/spec/src/known-methods.ts), received "crm.contact.lsit"`,
    ])
  })
})

describe('example results', () => {
  const getSpec = (result: unknown): MethodSpecInput => ({
    ...createValidMethod(),
    method: 'crm.thing.get',
    result: { type: 'object', description: text('The thing') },
    examples: [{ id: 'getOne', title: text('Get thing 5'), params: { id: 5 }, result }],
    operation: { kind: 'get', entity: 'thing', by: 'id', notFound: 'notFound' },
  })

  it('take the fields of the entity', () => {
    expect(problemsOf(getSpec({ ID: '5', PHONE: [] }), 'specs/crm.thing.get.ts')).toEqual([])
  })

  it('refuse a field the entity does not have, naming it', () => {
    expect(problemsOf(getSpec({ ID: '5', TITLE: 'Ivan' }), 'specs/crm.thing.get.ts')).toEqual([
      'specs/crm.thing.get.ts: examples[0].result.TITLE: expected a field of the thing entity (declared in specs/shared), received "TITLE"',
    ])
  })

  it('refuse such a field in any record of a list', () => {
    const spec: MethodSpecInput = {
      ...getSpec([]),
      method: 'crm.thing.list',
      params: [],
      result: { type: 'array', description: text('Things') },
      examples: [{ id: 'listAll', title: text('All things'), params: {}, result: [{ ID: '5' }, { ID: '6', PHONES: [] }] }],
      operation: { kind: 'list', entity: 'thing' },
    }
    expect(problemsOf(spec, 'specs/crm.thing.list.ts')).toEqual([
      'specs/crm.thing.list.ts: examples[0].result[1].PHONES: expected a field of the thing entity (declared in specs/shared), received "PHONES"',
    ])
  })
})

describe('example results of a method whose entity the call chooses (crm.item.*)', () => {
  // `thing` is entity type 3; any other entityTypeId is a `widget` (as a smart process item).
  const parsed = parseSharedSpecs('specs/shared/index.ts', {
    systemErrors: createTypedShared().systemErrors,
    types: [],
    entities: [
      {
        name: 'thing',
        title: text('Thing'),
        idField: 'ID',
        entityTypeId: 3,
        fields: [
          { name: 'ID', type: 'integer', title: text('ID') },
          { name: 'LAST_NAME', type: 'string', title: text('Last name') },
        ],
      },
      {
        name: 'widget',
        title: text('Widget'),
        idField: 'ID',
        fields: [
          { name: 'ID', type: 'integer', title: text('ID') },
          { name: 'STAGE_ID', type: 'string', title: text('Stage') },
        ],
      },
    ],
  })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
  const shared = parsed.value
  const name = 'specs/crm.widget.get.ts'
  const problemsWith = (entityTypeId: number, item: Record<string, unknown>): string[] => {
    const spec = parseMethodSpec(name, {
      ...createValidMethod(),
      method: 'crm.widget.get',
      params: [
        { name: 'entityTypeId', type: 'integer', required: true, description: text('The type') },
        { name: 'id', type: 'integer', required: true, description: text('The id') },
      ],
      result: { type: 'object', description: text('The item'), wrap: { key: 'item' } },
      examples: [{ id: 'getOne', title: text('Get one'), params: { entityTypeId, id: 5 }, result: { item } }],
      operation: {
        kind: 'get',
        entity: 'widget',
        by: 'id',
        notFound: 'notFound',
        entityTypeBy: 'entityTypeId',
        typeNotFound: 'notFound',
        naming: 'camel',
        wrap: 'item',
      },
    })
    if (!spec.ok) return spec.issues.map(formatIssue)
    try {
      validateSpecSet([{ file: name, spec: spec.value }], shared)
      return []
    } catch (error) {
      if (error instanceof SpecValidationError) return error.issues.map(formatIssue)
      throw error
    }
  }

  it('checks each example against the entity of the entityTypeId it sends', () => {
    expect(problemsWith(3, { id: 5, lastName: 'Petrov' })).toEqual([])
    expect(problemsWith(3, { id: 5, stageId: 'NEW' })).toEqual([
      `${name}: examples[0].result.item.stageId: expected a field of the thing entity (declared in specs/shared), received "stageId"`,
    ])
  })

  it('checks any other type against the declared entity, custom ufCrm fields allowed', () => {
    expect(problemsWith(1268, { id: 5, stageId: 'NEW', ufCrm5_1700000000: 'x' })).toEqual([])
    expect(problemsWith(1268, { id: 5, lastName: 'Petrov' })).toEqual([
      `${name}: examples[0].result.item.lastName: expected a field of the widget entity (declared in specs/shared), received "lastName"`,
    ])
  })
})
