/** The `userfield` operation (crm.<entity>.userfield.*), an entity's `userFields`, and add/update's `invalidValue` row. */
import { describe, expect, it } from 'vitest'
import { createValidMethod, createValidShared } from '../test/fixtures.js'
import { formatIssue, type MethodSpecInput, parseMethodSpec, parseSharedSpecs, SpecValidationError, validateSpecSet } from './index.js'

const file = 'specs/crm.thing.userfield.get.ts'
const text = (s: string) => ({ ru: s, en: s })

/** Shared specs whose `thing` keeps its custom fields in `customField` (or declares none). */
function createShared(withUserFields: boolean) {
  const parsed = parseSharedSpecs('specs/shared/index.ts', {
    systemErrors: createValidShared().systemErrors,
    types: [],
    entities: [
      {
        name: 'thing',
        title: text('Thing'),
        idField: 'ID',
        fields: [{ name: 'ID', type: 'integer', isReadOnly: true, title: text('ID') }],
        ...(withUserFields ? { userFields: { entity: 'customField', entityId: 'CRM_THING', prefix: 'UF_CRM_' } } : {}),
      },
      { name: 'customField', title: text('Custom field'), idField: 'ID' },
    ],
  })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
  return parsed.value
}

/** Every formatted problem of a spec with the given operation (and changes), on shared specs with or without userFields. */
function problemsWith(operation: unknown, change: Partial<MethodSpecInput> = {}, withUserFields = true): string[] {
  const spec = { ...createValidMethod(), method: 'crm.thing.userfield.get', ...change, operation } as MethodSpecInput
  const parsed = parseMethodSpec(file, spec)
  if (!parsed.ok) return parsed.issues.map(formatIssue)
  try {
    validateSpecSet([{ file, spec: parsed.value }], createShared(withUserFields))
    return []
  } catch (error) {
    if (error instanceof SpecValidationError) return error.issues.map(formatIssue)
    throw error
  }
}

const get = {
  kind: 'userfield',
  action: 'get',
  entity: 'customField',
  owner: 'thing',
  by: 'id',
  notFound: 'notFound',
  foreign: 'accessDenied',
}

describe('the userfield operation', () => {
  it('accepts a get by id with its not-found and foreign rows, and an add with refusal rows', () => {
    expect(problemsWith(get)).toEqual([])
    const fields = { name: 'fields', type: 'object', required: false, description: text('fields') } as const
    const add = {
      kind: 'userfield',
      action: 'add',
      entity: 'customField',
      owner: 'thing',
      fields: 'fields',
      refusals: { nameMissing: 'invalidId' },
    }
    expect(problemsWith(add, { params: [...createValidMethod().params, fields] })).toEqual([])
  })

  it.each([
    [
      'an owner that declares no userFields',
      get,
      false,
      `${file}: operation.owner: expected an entity whose userFields are kept in customField, received "thing"`,
    ],
    [
      'a refusal naming no row',
      { ...get, refusals: { typeUnknown: 'badType' } },
      true,
      `${file}: operation.refusals.typeUnknown: expected the id of an error row (invalidId, accessDenied, notFound), received "badType"`,
    ],
    [
      'a foreign row naming no row',
      { ...get, foreign: 'elsewhere' },
      true,
      `${file}: operation.foreign: expected the id of an error row (invalidId, accessDenied, notFound), received "elsewhere"`,
    ],
    ['an unknown refusal', { ...get, refusals: { tooPink: 'notFound' } }, true, `${file}: operation.refusals.tooPink`],
    ['an unknown action', { ...get, action: 'rename' }, true, `${file}: operation.action: expected one of`],
    [
      'a get without its not-found row',
      { ...get, notFound: undefined },
      true,
      `${file}: operation.notFound: expected a value for the get action, received nothing`,
    ],
    [
      'an update without the fields parameter',
      { ...get, action: 'update' },
      true,
      `${file}: operation.fields: expected a value for the update action, received nothing`,
    ],
  ])('refuses %s', (_title, operation, withUserFields, want) => {
    expect(problemsWith(operation, {}, withUserFields)).toEqual([expect.stringContaining(want)])
  })

  it("refuses an add's invalidValue naming no row", () => {
    const params = [
      ...createValidMethod().params,
      { name: 'fields', type: 'object', required: false, description: text('fields') },
    ] as const
    const operation = { kind: 'add', entity: 'thing', fields: 'fields', invalidValue: 'badValue' }
    expect(problemsWith(operation, { params: [...params] })).toEqual([
      `${file}: operation.invalidValue: expected the id of an error row (invalidId, accessDenied, notFound), received "badValue"`,
    ])
  })

  it('refuses a userFields prefix that does not start with UF_', () => {
    const parsed = parseSharedSpecs('specs/shared/index.ts', {
      systemErrors: createValidShared().systemErrors,
      types: [],
      entities: [
        { name: 'thing', title: text('Thing'), idField: 'ID', userFields: { entity: 'x', entityId: 'CRM_THING', prefix: 'CRM_' } },
      ],
    })
    expect(parsed.ok ? [] : parsed.issues.map(formatIssue)).toEqual([
      expect.stringContaining('entities[0].userFields.prefix: expected a prefix such as UF_CRM_'),
    ])
  })

  it("lets an example of the owner's records answer UF_CRM_ fields only when the owner declares userFields", () => {
    const change: Partial<MethodSpecInput> = {
      result: { type: 'object', description: text('The thing') },
      examples: [{ id: 'getOne', title: text('Get thing 5'), params: { id: 5 }, result: { ID: '5', UF_CRM_RATING: 1.5 } }],
    }
    const operation = { kind: 'get', entity: 'thing', by: 'id', notFound: 'notFound' }
    expect(problemsWith(operation, change, true)).toEqual([])
    expect(problemsWith(operation, change, false)).toEqual([
      `${file}: examples[0].result.UF_CRM_RATING: expected a field of the thing entity (declared in specs/shared), received "UF_CRM_RATING"`,
    ])
  })
})
