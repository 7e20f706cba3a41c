/** The operation kinds beyond delete (add, update, get, list, fields) and the typed entity fields they need. */
import { describe, expect, it } from 'vitest'
import { createTypedShared, createValidMethod, createValidShared } from '../test/fixtures.js'
import { formatIssue, type MethodSpecInput, parseMethodSpec, parseSharedSpecs, SpecValidationError, validateSpecSet } from './index.js'

const file = 'specs/crm.thing.delete.ts'
const text = (s: string) => ({ ru: s, en: s })

/** Validates a spec with the given operation (and extra params); returns every formatted problem. */
function problemsWith(operation: unknown, extraParams: MethodSpecInput['params'] = []): string[] {
  const spec = createValidMethod() as MethodSpecInput & Record<string, unknown>
  spec.operation = operation as MethodSpecInput['operation']
  spec.params = [...spec.params, ...extraParams]
  const parsed = parseMethodSpec(file, spec)
  if (!parsed.ok) return parsed.issues.map(formatIssue)
  try {
    validateSpecSet([{ file, spec: parsed.value }], createTypedShared())
    return []
  } catch (error) {
    if (error instanceof SpecValidationError) return error.issues.map(formatIssue)
    throw error
  }
}

const objectParam = (name: string) => ({ name, type: 'object' as const, required: false, description: text(name) })

describe('operation kinds', () => {
  it.each([
    ['add', { kind: 'add', entity: 'thing', fields: 'fields' }, [objectParam('fields')]],
    ['update', { kind: 'update', entity: 'thing', by: 'id', fields: 'fields', notFound: 'notFound' }, [objectParam('fields')]],
    ['get', { kind: 'get', entity: 'thing', by: 'id', notFound: 'notFound' }, []],
    ['get by another field', { kind: 'get', entity: 'thing', by: 'id', match: 'PHONE', notFound: 'notFound' }, []],
    ['list', { kind: 'list', entity: 'thing', filter: 'filter', order: 'order' }, [objectParam('filter'), objectParam('order')]],
    ['fields', { kind: 'fields', entity: 'thing' }, []],
  ] as const)('accepts %s', (_kind, operation, params) => {
    expect(problemsWith(operation, [...params])).toEqual([])
  })

  it('gives a list 50 records a page unless told', () => {
    const spec = { ...createValidMethod(), operation: { kind: 'list', entity: 'thing' } }
    const parsed = parseMethodSpec(file, spec)
    expect(parsed.ok && parsed.value.operation).toEqual({ kind: 'list', entity: 'thing', pageSize: 50 })
  })

  it.each([
    [
      'a list filter naming no parameter',
      { kind: 'list', entity: 'thing', filter: 'where' },
      [`${file}: operation.filter: expected a parameter of the method (id), received "where"`],
    ],
    [
      'an update whose notFound names no row',
      { kind: 'update', entity: 'thing', by: 'id', fields: 'id', notFound: 'gone' },
      [`${file}: operation.notFound: expected the id of an error row (invalidId, accessDenied, notFound), received "gone"`],
    ],
    [
      'a get on an entity without typed fields',
      { kind: 'get', entity: 'bare', by: 'id', notFound: 'notFound' },
      [`${file}: operation.entity: expected an entity with typed fields (declare fields on bare in specs/shared), received "bare"`],
    ],
    [
      'a get matching the id against a field the entity lacks',
      { kind: 'get', entity: 'thing', by: 'id', match: 'NO_SUCH', notFound: 'notFound' },
      [`${file}: operation.match: expected a field of thing (ID, PHONE), received "NO_SUCH"`],
    ],
    [
      'an add without the fields parameter',
      { kind: 'add', entity: 'thing' },
      [`${file}: operation.fields: expected the parameter holding the record's fields (or \`ownerBy\` naming its owner), received nothing`],
    ],
    [
      'an update with neither fields nor set',
      { kind: 'update', entity: 'thing', by: 'id', notFound: 'notFound' },
      [
        `${file}: operation.fields: expected the parameter holding the record's fields (or \`set\` with the values it writes), received nothing`,
      ],
    ],
    [
      'an owner naming no parameter',
      { kind: 'add', entity: 'thing', ownerBy: { OWNER_ID: 'ownerId' } },
      [`${file}: operation.ownerBy.OWNER_ID: expected a parameter of the method (id), received "ownerId"`],
    ],
    [
      'a page size of 0',
      { kind: 'list', entity: 'thing', pageSize: 0 },
      [`${file}: operation.pageSize: expected a value >= 1, received 0`],
    ],
  ])('refuses %s', (_title, operation, want) => {
    expect(problemsWith(operation)).toEqual(want)
  })
})

describe('typed entity fields', () => {
  const shared = (fields: unknown[], idField = 'ID') =>
    parseSharedSpecs('specs/shared/index.ts', {
      systemErrors: createValidShared().systemErrors,
      types: [],
      entities: [{ name: 'thing', title: text('Thing'), idField, fields }],
    })
  const id = { name: 'ID', type: 'integer', title: text('ID') }

  it('fills the flags with false', () => {
    const parsed = shared([id])
    expect(parsed.ok && parsed.value.entities[0]?.fields[0]).toEqual({
      name: 'ID',
      type: 'integer',
      isRequired: false,
      isReadOnly: false,
      isImmutable: false,
      isMultiple: false,
      isDynamic: false,
      title: text('ID'),
    })
  })

  it.each([
    ['an unknown type', [id, { name: 'X', type: 'currency', title: text('X') }], 'ID', 'entities[0].fields[1].type: expected one of'],
    [
      'a lower-case name',
      [id, { name: 'name', type: 'string', title: text('Name') }],
      'ID',
      'entities[0].fields[1].name: expected an upper-case',
    ],
    ['a field declared twice', [id, id], 'ID', 'entities[0].fields[1].name: expected a name no other field has, received "ID"'],
    [
      'an id field not among the fields',
      [{ name: 'NAME', type: 'string', title: text('Name') }],
      'ID',
      'entities[0].idField: expected one of',
    ],
  ])('refuses %s', (_title, fields, idField, want) => {
    const parsed = shared(fields, idField)
    expect(parsed.ok ? [] : parsed.issues.map(formatIssue)).toEqual([expect.stringContaining(`specs/shared/index.ts: ${want}`)])
  })
})
