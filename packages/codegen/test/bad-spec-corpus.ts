/**
 * The corpus of malformed spec entries: each starts from the real crm.contact.delete spec, breaks one
 * thing, and says exactly what the generator must answer (file, field path, expected, received).
 */
import { entities } from '../../../specs/shared/entities.js'

type Row = Record<string, unknown>
/** The spec as plain data: every field may be broken, so nothing is typed beyond its shape. */
type Spec = Row & {
  params: Row[]
  errors: Row[]
  examples: (Row & { params: Row })[]
  access: Row
  operation: Row
  result: Row
  deprecated?: Row
}

/** One malformed entry. `file` defaults to the spec's own file name. */
export interface BadSpecCase {
  title: string
  file?: string
  mutate: (spec: Spec) => unknown
  want: string[]
}

const F = 'specs/crm.contact.delete.ts'
// Read from specs/shared, so declaring a new entity there (a sibling method's) needs no edit here.
const declaredEntities = entities.map((e) => e.name).join(', ')
const err = (s: Spec, i: number) => s.errors[i] as Row
const param = (s: Spec) => s.params[0] as Row
const kinds =
  '"invalidParams", "invalidRequest", "accessDenied", "notFound", "rateLimited", "operationTimeLimit", "expiredToken", "invalidCredentials", "insufficientScope", "methodNotFound", "serverError"'

export const badSpecCorpus: BadSpecCase[] = [
  { title: 'not an object', mutate: () => 42, want: [`${F}: expected an object, received 42`] },
  { title: 'an array instead of a spec', mutate: () => [], want: [`${F}: expected an object, received []`] },
  {
    title: 'method missing',
    mutate: (s) => {
      delete s.method
    },
    want: [`${F}: method: expected a value of type string, received nothing`],
  },
  {
    title: 'method as a number',
    mutate: (s) => {
      s.method = 7
    },
    want: [`${F}: method: expected a value of type string, received 7`],
  },
  {
    title: 'method with one segment',
    mutate: (s) => {
      s.method = 'delete'
    },
    want: [`${F}: method: expected a dotted method name such as crm.contact.delete or crm.activity.todo.updateDeadline, received "delete"`],
  },
  {
    title: 'method not matching the file name',
    // A name no spec in specs/ declares, so only the file-name rule answers.
    mutate: (s) => {
      s.method = 'crm.contact.remove'
    },
    want: [`${F}: method: expected the name of the file (crm.contact.delete), received "crm.contact.remove"`],
  },
  {
    title: 'scope with a space',
    mutate: (s) => {
      s.scope = 'c rm'
    },
    want: [`${F}: scope: expected a scope name such as crm, received "c rm"`],
  },
  {
    title: 'unknown top-level field',
    mutate: (s) => {
      s.owner = 'me'
    },
    want: [`${F}: owner: expected no such field (it is not part of the spec model), received "me"`],
  },
  {
    title: 'summary as a plain string',
    mutate: (s) => {
      s.summary = 'Delete'
    },
    want: [`${F}: summary: expected an object, received "Delete"`],
  },
  {
    title: 'empty Russian description',
    mutate: (s) => {
      s.description = { ru: '', en: 'x' }
    },
    want: [`${F}: description.ru: expected at least 1 character(s), received ""`],
  },
  {
    title: 'unknown permission',
    mutate: (s) => {
      s.access = { ...s.access, permission: 'remove' }
    },
    want: [`${F}: access.permission: expected one of "read", "add", "update", "delete", received "remove"`],
  },
  {
    title: 'access on an unknown entity',
    mutate: (s) => {
      s.access = { ...s.access, entity: 'person' }
    },
    want: [`${F}: access.entity: expected a declared entity (${declaredEntities}), received "person"`],
  },
  {
    title: 'deniedError naming no row',
    mutate: (s) => {
      s.access = { ...s.access, deniedError: 'forbidden' }
    },
    want: [`${F}: access.deniedError: expected the id of an error row (invalidId, accessDenied, notFound), received "forbidden"`],
  },
  {
    title: 'params not an array',
    mutate: (s) => {
      s.params = { id: 1 } as never
    },
    want: [`${F}: params: expected a value of type array, received {"id":1}`],
  },
  {
    title: 'parameter of unknown type',
    mutate: (s) => {
      param(s).type = 'int'
    },
    want: [`${F}: params[0].type: expected one of "integer", "number", "string", "boolean", "object", "array", "file", received "int"`],
  },
  {
    title: 'required as a string',
    mutate: (s) => {
      param(s).required = 'yes'
    },
    want: [`${F}: params[0].required: expected a value of type boolean, received "yes"`],
  },
  {
    title: 'minimum with a fraction',
    mutate: (s) => {
      param(s).minimum = 0.5
    },
    want: [`${F}: params[0].minimum: expected an integer, received 0.5`],
  },
  {
    title: 'unknown coercion',
    mutate: (s) => {
      param(s).coercion = 'js-int'
    },
    want: [`${F}: params[0].coercion: expected one of "none", "php-int", received "js-int"`],
  },
  {
    title: 'empty spellings',
    mutate: (s) => {
      param(s).spellings = []
    },
    want: [`${F}: params[0].spellings: expected at least 1 item(s), received []`],
  },
  {
    title: 'a source that is no method name',
    mutate: (s) => {
      param(s).sources = ['contact list']
    },
    want: [
      `${F}: params[0].sources[0]: expected a dotted method name such as crm.contact.delete or crm.activity.todo.updateDeadline, received "contact list"`,
    ],
  },
  {
    title: 'two parameters with one name',
    mutate: (s) => void s.params.push({ ...param(s), spellings: ['id'], invalidError: 'invalidId' }),
    want: [`${F}: params[1].name: expected a name no other parameter has, received "id"`],
  },
  {
    title: 'an error row without a status',
    mutate: (s) => {
      delete err(s, 0).status
    },
    want: [`${F}: errors[0].status: expected a value of type number, received nothing`],
  },
  {
    title: 'a status above 599',
    mutate: (s) => {
      err(s, 1).status = 600
    },
    want: [`${F}: errors[1].status: expected a value <= 599, received 600`],
  },
  {
    title: 'an error code that is null',
    mutate: (s) => {
      err(s, 0).code = null
    },
    want: [`${F}: errors[0].code: expected a value of type string, received null`],
  },
  {
    title: 'a localised text missing English',
    mutate: (s) => {
      err(s, 2).text = { ru: 'Элемент не найден' }
    },
    want: [`${F}: errors[2].text: expected a string, or an object with ru and en texts, received {"ru":"Элемент не найден"}`],
  },
  {
    title: 'an unknown error kind',
    mutate: (s) => {
      err(s, 2).kind = 'gone'
    },
    want: [`${F}: errors[2].kind: expected one of ${kinds}, received "gone"`],
  },
  {
    title: 'an error id with a dash',
    mutate: (s) => {
      err(s, 0).id = 'invalid-id'
    },
    want: [`${F}: errors[0].id: expected a camelCase identifier such as notFound, received "invalid-id"`],
  },
  {
    title: 'two rows a client cannot tell apart',
    mutate: (s) => void s.errors.push({ ...err(s, 1), id: 'accessDenied2' }),
    want: [`${F}: errors[3]: expected a code and text that tell it apart from errors[1], received {"code":"","text":"Access denied."}`],
  },
  {
    title: 'an error id shared with a system error',
    mutate: (s) => void s.errors.push({ ...err(s, 0), id: 'methodNotFound', code: 'X' }),
    want: [`${F}: errors[3].id: expected an id no other error row has, received "methodNotFound"`],
  },
  {
    title: 'an errorExample naming no row',
    mutate: (s) => {
      s.errorExample = 'oops'
    },
    want: [`${F}: errorExample: expected the id of an error row (invalidId, accessDenied, notFound) or of a system row, received "oops"`],
  },
  {
    title: 'no examples',
    mutate: (s) => {
      s.examples = []
    },
    want: [`${F}: examples: expected at least 1 item(s), received []`],
  },
  {
    title: 'an example breaking its own minimum',
    mutate: (s) => {
      s.examples[0]!.params = { id: -1 }
    },
    want: [`${F}: examples[0].params.id: expected an integer >= 1, received -1`],
  },
  {
    title: 'an example with a non-numeric id',
    mutate: (s) => {
      s.examples[0]!.params = { ID: 'abc' }
    },
    want: [`${F}: examples[0].params.ID: expected an integer >= 1, received "abc"`],
  },
  {
    title: 'an example with an unknown parameter',
    mutate: (s) => {
      s.examples[0]!.params = { id: 50, hard: true }
    },
    want: [`${F}: examples[0].params.hard: expected a parameter of the method (id), received "hard"`],
  },
  {
    title: 'an example result contradicting the declared result',
    mutate: (s) => {
      s.examples[0]!.result = 'ok'
    },
    want: [`${F}: examples[0].result: expected the method's result true, received "ok"`],
  },
  {
    title: 'a result const of the wrong type',
    mutate: (s) => {
      s.result = { ...s.result, const: 1 }
    },
    want: [`${F}: result.const: expected a boolean, received 1`, `${F}: examples[0].result: expected the method's result 1, received true`],
  },
  {
    title: 'an operation of an unknown kind',
    mutate: (s) => {
      s.operation = { ...s.operation, kind: 'purge' }
    },
    want: [
      `${F}: operation.kind: expected one of "delete", "add", "update", "get", "list", "fields", "relation", "example", "userfield", received "purge"`,
    ],
  },
  {
    title: 'an operation on an unknown entity',
    mutate: (s) => {
      s.operation = { ...s.operation, entity: 'person' }
    },
    want: [`${F}: operation.entity: expected a declared entity (${declaredEntities}), received "person"`],
  },
  {
    title: 'an operation by a missing parameter',
    mutate: (s) => {
      s.operation = { ...s.operation, by: 'contactId' }
    },
    want: [`${F}: operation.by: expected a parameter of the method (id), received "contactId"`],
  },
  {
    title: 'deprecated in favour of itself',
    mutate: (s) => {
      s.deprecated = { ...s.deprecated!, replacement: 'crm.contact.delete' }
    },
    want: [`${F}: deprecated.replacement: expected another method, received "crm.contact.delete"`],
  },
  {
    title: 'related to itself',
    mutate: (s) => {
      s.related = ['crm.contact.delete']
    },
    want: [`${F}: related[0]: expected another method, received "crm.contact.delete"`],
  },
  {
    title: 'a duplicate of another file',
    file: 'specs/crm.contact.delete.copy.ts',
    mutate: () => undefined,
    want: [
      'specs/crm.contact.delete.copy.ts: method: expected the name of the file (crm.contact.delete.copy), received "crm.contact.delete"',
      'specs/crm.contact.delete.ts: method: expected a method name not already declared in specs/crm.contact.delete.copy.ts, received "crm.contact.delete"',
    ],
  },
]
