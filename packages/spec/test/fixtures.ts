/** Small, valid specs the tests mutate one field at a time. */
import type { MethodSpecInput, SharedSpecs } from '../src/index.js'
import { parseSharedSpecs } from '../src/index.js'

const text = (s: string) => ({ ru: s, en: s })

/** A minimal delete method that passes every check. */
export function createValidMethod(): MethodSpecInput {
  return {
    method: 'crm.thing.delete',
    scope: 'crm',
    summary: text('Delete a thing'),
    description: text('Deletes a thing.'),
    access: { entity: 'thing', permission: 'delete', description: text('anyone who may delete things'), deniedError: 'accessDenied' },
    params: [
      {
        name: 'id',
        type: 'integer',
        required: true,
        spellings: ['ID', 'id'],
        coercion: 'php-int',
        minimum: 1,
        description: text('Thing id'),
        invalidError: 'invalidId',
      },
    ],
    result: { type: 'boolean', const: true, description: text('true on success') },
    errors: [
      { id: 'invalidId', code: '', status: 400, text: 'ID is not defined or invalid.', kind: 'invalidParams', when: text('bad id') },
      { id: 'accessDenied', code: '', status: 400, text: 'Access denied.', kind: 'accessDenied', when: text('no right') },
      {
        id: 'notFound',
        code: 'ERROR_CORE',
        status: 400,
        text: { ru: 'Не найден', en: 'Not found' },
        kind: 'notFound',
        when: text('no thing'),
      },
    ],
    errorExample: 'invalidId',
    examples: [{ id: 'deleteOne', title: text('Delete thing 5'), params: { id: 5 }, result: true }],
    operation: { kind: 'delete', entity: 'thing', by: 'id', cascade: false, notFound: 'notFound' },
  }
}

/** Shared specs with one entity and one system error. */
export function createValidShared(): SharedSpecs {
  const parsed = parseSharedSpecs('specs/shared/index.ts', {
    systemErrors: [
      {
        id: 'methodNotFound',
        code: 'ERROR_METHOD_NOT_FOUND',
        status: 404,
        text: 'Method not found!',
        kind: 'methodNotFound',
        when: text('no method'),
      },
    ],
    types: [{ name: 'time', description: text('timing'), fields: [{ name: 'start', type: 'number', description: text('start') }] }],
    entities: [{ name: 'thing', title: text('Thing'), idField: 'ID' }],
  })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
  return parsed.value
}

/** Shared specs whose `thing` entity has typed fields. */
export function createTypedShared(): SharedSpecs {
  const base = createValidShared()
  const parsed = parseSharedSpecs('specs/shared/index.ts', {
    systemErrors: base.systemErrors,
    types: [],
    entities: [
      {
        name: 'thing',
        title: text('Thing'),
        idField: 'ID',
        fields: [
          { name: 'ID', type: 'integer', isReadOnly: true, title: text('ID') },
          { name: 'PHONE', type: 'crm_multifield', isMultiple: true, title: text('Phone') },
        ],
      },
      { name: 'bare', title: text('Bare'), idField: 'ID' },
    ],
  })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
  return parsed.value
}
