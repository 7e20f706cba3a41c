/**
 * The spec skeleton `pnpm new-method` writes, shaped by the method's verb (a `get` answers a record,
 * a `delete` answers `true`, a `list` pages). Every gap is a text starting with TODO, which the
 * validator refuses naming its field, so `pnpm generate` lists what is left to write.
 */

const todo = (what: string) => `{ ru: 'TODO: ${what}', en: 'TODO: ${what}' }`

/** The parts of a skeleton that depend on the verb. */
interface VerbShape {
  params: string[]
  result: string
  example: { params: string; result: string }
  operation: string
  /** The error rows besides access denied. */
  errors: string[]
}

const idParam = `{
      name: 'id',
      type: 'integer',
      required: true,
      spellings: ['ID', 'id'],
      coercion: 'php-int',
      minimum: 1,
      description: ${todo('which record')},
      invalidError: 'invalidId',
    }`
const fieldsParam = (required: boolean) =>
  `{ name: 'fields', type: 'object', required: ${required}, description: ${todo('the fields to set')} }`
const invalidIdRow = `{ id: 'invalidId', code: '', status: 400, text: 'ID is not defined or invalid.', kind: 'invalidParams', when: ${todo('when the id is refused')} }`
const notFoundRow = `{ id: 'notFound', code: 'TODO', status: 400, text: 'TODO', kind: 'notFound', when: ${todo('when no record has the id')} }`

function shapeOf(verb: string, entity: string): VerbShape {
  const byId = (kind: string, extra = '') => `{ kind: '${kind}', entity: '${entity}', by: 'id',${extra} notFound: 'notFound' }`
  switch (verb) {
    case 'delete':
      return {
        params: [idParam],
        result: `{ type: 'boolean', const: true, description: ${todo('what true means')} }`,
        example: { params: '{ id: 1 }', result: 'true' },
        operation: byId('delete', ' cascade: false,'),
        errors: [invalidIdRow, notFoundRow],
      }
    case 'get':
      return {
        params: [idParam],
        result: `{ type: 'object', description: ${todo('the record answered')} }`,
        example: { params: '{ id: 1 }', result: "{ ID: 'TODO: the fields the page shows' }" },
        operation: byId('get'),
        errors: [invalidIdRow, notFoundRow],
      }
    case 'list':
      return {
        params: [
          `{ name: 'filter', type: 'object', required: false, description: ${todo('the filter')} }`,
          `{ name: 'select', type: 'array', required: false, description: ${todo('the fields to answer')} }`,
          `{ name: 'order', type: 'object', required: false, description: ${todo('the sort order')} }`,
          `{ name: 'start', type: 'integer', required: false, coercion: 'php-int', description: ${todo('the page offset')} }`,
        ],
        result: `{ type: 'array', description: ${todo('the records of one page')} }`,
        example: { params: '{}', result: "[{ ID: 'TODO: the records the page shows' }]" },
        operation: `{ kind: 'list', entity: '${entity}', filter: 'filter', select: 'select', order: 'order', start: 'start' }`,
        errors: [],
      }
    case 'add':
      return {
        params: [fieldsParam(true)],
        result: `{ type: 'integer', description: ${todo('the new id')} }`,
        example: { params: "{ fields: { TITLE: 'TODO: the fields the page sends' } }", result: '1' },
        operation: `{ kind: 'add', entity: '${entity}', fields: 'fields' }`,
        errors: [],
      }
    case 'update':
      return {
        params: [idParam, fieldsParam(true)],
        result: `{ type: 'boolean', const: true, description: ${todo('what true means')} }`,
        example: { params: "{ id: 1, fields: { TITLE: 'TODO: the fields the page sends' } }", result: 'true' },
        operation: `{ kind: 'update', entity: '${entity}', by: 'id', fields: 'fields', notFound: 'notFound' }`,
        errors: [invalidIdRow, notFoundRow],
      }
    case 'fields':
      return {
        params: [],
        result: `{ type: 'object', description: ${todo('the field descriptions')} }`,
        example: { params: '{}', result: "{ ID: { type: 'integer', title: 'TODO: the fields the page lists' } }" },
        operation: `{ kind: 'fields', entity: '${entity}' }`,
        errors: [],
      }
    default:
      // No operation of the mock matches this verb yet: the author picks the closest.
      return {
        params: [],
        result: `{ type: 'object', description: ${todo('what the method answers')} }`,
        example: { params: '{}', result: "'TODO: the answer the page shows'" },
        operation: `{ kind: 'get', entity: '${entity}', by: 'TODO: the operation closest to ${verb} (delete, add, update, get, list, fields)', notFound: 'accessDenied' }`,
        errors: [],
      }
  }
}

/** The spec skeleton for `name`, as the text of specs/<name>.ts. */
export function createSpecSkeleton(name: string): string {
  const parts = name.split('.')
  const verb = parts.at(-1) ?? ''
  const entity = parts.length >= 3 ? (parts.at(-2) ?? 'item') : (parts[0] ?? 'item')
  const shape = shapeOf(verb, entity)
  const permission = ['delete', 'add', 'update'].includes(verb) ? verb : 'read'
  const errors = [
    ...shape.errors,
    `{ id: 'accessDenied', code: '', status: 400, text: 'Access denied.', kind: 'accessDenied', when: ${todo('who lacks the permission')} }`,
  ]
  const list = (items: string[]) => (items.length === 0 ? '[]' : `[\n    ${items.join(',\n    ')},\n  ]`)
  return `/**
 * ${name}. Sources: name the official page (api-reference/... in bitrix24/b24restdocs) that gives
 * each fact, and say why any fact differs from it. Entity fields (what get, list, add and update
 * read and answer) are declared once in specs/shared/entities.ts, not here.
 */
import { defineMethod } from '@b24kit/spec'

export default defineMethod({
  method: '${name}',
  scope: '${parts[0]}',
  summary: ${todo('the page title')},
  description: ${todo('what the method does')},
  access: {
    entity: '${entity}',
    permission: '${permission}',
    description: ${todo('who may call it')},
    deniedError: 'accessDenied',
  },
  params: ${list(shape.params)},
  result: ${shape.result},
  errors: ${list(errors)},
  errorExample: 'accessDenied',
  examples: [{ id: 'example', title: ${todo('what the example does')}, params: ${shape.example.params}, result: ${shape.example.result} }],
  related: [],
  operation: ${shape.operation},
})
`
}
