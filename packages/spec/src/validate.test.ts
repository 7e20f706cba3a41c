import { describe, expect, it } from 'vitest'
import { createValidMethod, createValidShared } from '../test/fixtures.js'
import { formatIssue, type MethodSpecInput, parseMethodSpec, parseSharedSpecs, SpecValidationError, validateSpecSet } from './index.js'

const file = 'specs/crm.thing.delete.ts'

/** Applies a mutation to a fresh valid spec and returns every formatted problem. */
function problemsOf(mutate: (spec: MethodSpecInput & Record<string, unknown>) => void, name = file): string[] {
  const spec = createValidMethod() as MethodSpecInput & Record<string, unknown>
  mutate(spec)
  const parsed = parseMethodSpec(name, spec)
  if (!parsed.ok) return parsed.issues.map(formatIssue)
  try {
    validateSpecSet([{ file: name, spec: parsed.value }], createValidShared())
    return []
  } catch (error) {
    if (error instanceof SpecValidationError) return error.issues.map(formatIssue)
    throw error
  }
}

describe('a valid spec', () => {
  it('passes, with defaults filled in', () => {
    const parsed = parseMethodSpec(file, createValidMethod())
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.value.related).toEqual([])
    const set = validateSpecSet([{ file, spec: parsed.value }], createValidShared())
    expect(set.methods.map((m) => m.spec.method)).toEqual(['crm.thing.delete'])
  })
})

// [title, { given: mutation, want: exact messages }]
const cases: [string, { given: (s: MethodSpecInput & Record<string, unknown>) => void; want: string[] }][] = [
  [
    'a status given as a string',
    {
      given: (s) => {
        ;(s.errors![0] as Record<string, unknown>).status = '400'
      },
      want: [`${file}: errors[0].status: expected a value of type number, received "400"`],
    },
  ],
  [
    'an error row without a status',
    {
      given: (s) => {
        delete (s.errors![1] as Record<string, unknown>).status
      },
      want: [`${file}: errors[1].status: expected a value of type number, received nothing`],
    },
  ],
  [
    'a status out of range',
    {
      given: (s) => {
        ;(s.errors![0] as Record<string, unknown>).status = 99
      },
      want: [`${file}: errors[0].status: expected a value >= 100, received 99`],
    },
  ],
  [
    'an unknown field',
    {
      given: (s) => {
        s.colour = 'red'
      },
      want: [`${file}: colour: expected no such field (it is not part of the spec model), received "red"`],
    },
  ],
  [
    'an unknown error kind',
    {
      given: (s) => {
        ;(s.errors![2] as Record<string, unknown>).kind = 'missing'
      },
      want: [
        `${file}: errors[2].kind: expected one of "invalidParams", "invalidRequest", "accessDenied", "notFound", "rateLimited", "operationTimeLimit", "expiredToken", "invalidCredentials", "insufficientScope", "methodNotFound", "serverError", received "missing"`,
      ],
    },
  ],
  [
    'a method name with capitals',
    {
      given: (s) => {
        s.method = 'CRM.thing.delete'
      },
      want: [
        `${file}: method: expected a dotted method name such as crm.contact.delete or crm.activity.todo.updateDeadline, received "CRM.thing.delete"`,
      ],
    },
  ],
  [
    'a method name that does not match the file',
    {
      given: (s) => {
        s.method = 'crm.other.delete'
      },
      want: [`${file}: method: expected the name of the file (crm.thing.delete), received "crm.other.delete"`],
    },
  ],
  [
    'a summary missing its English text',
    {
      given: (s) => {
        s.summary = { ru: 'Удалить' } as never
      },
      want: [`${file}: summary.en: expected a value of type string, received nothing`],
    },
  ],
  [
    'a parameter of an unknown type',
    {
      given: (s) => {
        ;(s.params[0] as Record<string, unknown>).type = 'int'
      },
      want: [
        `${file}: params[0].type: expected one of "integer", "number", "string", "boolean", "object", "array", "file", received "int"`,
      ],
    },
  ],
  [
    'an invalidError naming no error row',
    {
      given: (s) => {
        ;(s.params[0] as Record<string, unknown>).invalidError = 'badId'
      },
      want: [`${file}: params[0].invalidError: expected the id of an error row (invalidId, accessDenied, notFound), received "badId"`],
    },
  ],
  [
    'an event name in lower case',
    {
      given: (s) => {
        s.events = [{ name: 'onCrmThingDelete', summary: { ru: 'x', en: 'x' }, description: { ru: 'x', en: 'x' } }]
      },
      want: [`${file}: events[0].name: expected an upper-case event name such as ONCRMCONTACTDELETE, received "onCrmThingDelete"`],
    },
  ],
  [
    'the same event twice',
    {
      given: (s) => {
        const event = { name: 'ONCRMTHINGDELETE', summary: { ru: 'x', en: 'x' }, description: { ru: 'x', en: 'x' } }
        s.events = [event, event]
      },
      want: [`${file}: events[1].name: expected a name no other event of the method has, received "ONCRMTHINGDELETE"`],
    },
  ],
  [
    'an operation on an unknown entity',
    {
      given: (s) => {
        s.operation = { ...s.operation, entity: 'widget' }
      },
      want: [`${file}: operation.entity: expected a declared entity (thing), received "widget"`],
    },
  ],
  [
    'an operation by a parameter the method lacks',
    {
      given: (s) => {
        s.operation = { ...s.operation, by: 'entityId' } as typeof s.operation
      },
      want: [`${file}: operation.by: expected a parameter of the method (id), received "entityId"`],
    },
  ],
  [
    'an example that breaks its own minimum',
    {
      given: (s) => {
        s.examples[0]!.params = { id: 0 }
      },
      want: [`${file}: examples[0].params.id: expected an integer >= 1, received 0`],
    },
  ],
  [
    'an example missing a required parameter',
    {
      given: (s) => {
        s.examples[0]!.params = {}
      },
      want: [`${file}: examples[0].params.id: expected a value (the parameter is required), received nothing`],
    },
  ],
  [
    'an example with a parameter the method lacks',
    {
      given: (s) => {
        s.examples[0]!.params = { id: 5, force: true }
      },
      want: [`${file}: examples[0].params.force: expected a parameter of the method (id), received "force"`],
    },
  ],
  [
    'an example whose result contradicts the declared result',
    {
      given: (s) => {
        s.examples[0]!.result = false
      },
      want: [`${file}: examples[0].result: expected the method's result true, received false`],
    },
  ],
  [
    'two error rows with the same id',
    {
      given: (s) => {
        ;(s.errors![1] as Record<string, unknown>).id = 'invalidId'
      },
      want: [
        `${file}: errors[1].id: expected an id no other error row has, received "invalidId"`,
        `${file}: access.deniedError: expected the id of an error row (invalidId, notFound), received "accessDenied"`,
      ],
    },
  ],
  [
    'two error rows a client cannot tell apart',
    {
      given: (s) => {
        ;(s.errors![1] as Record<string, unknown>).text = 'ID is not defined or invalid.'
      },
      want: [
        `${file}: errors[1]: expected a code and text that tell it apart from errors[0], received {"code":"","text":"ID is not defined or invalid."}`,
      ],
    },
  ],
  [
    'a method deprecated in favour of itself',
    {
      given: (s) => {
        s.deprecated = { replacement: 'crm.thing.delete', note: { ru: 'устарел', en: 'old' } }
      },
      want: [`${file}: deprecated.replacement: expected another method, received "crm.thing.delete"`],
    },
  ],
  [
    'php-int coercion on a string parameter',
    {
      given: (s) => {
        s.params[0] = { ...s.params[0]!, type: 'string', minimum: undefined }
        s.examples[0]!.params = { id: '5' }
      },
      want: [`${file}: params[0].coercion: expected php-int only on an integer parameter, received "php-int"`],
    },
  ],
  [
    'no error rows of its own while rows are referenced',
    {
      given: (s) => {
        s.errors = []
      },
      want: [
        `${file}: params[0].invalidError: expected the id of an error row (), received "invalidId"`,
        `${file}: access.deniedError: expected the id of an error row (), received "accessDenied"`,
        `${file}: errorExample: expected the id of an error row () or of a system row, received "invalidId"`,
        `${file}: operation.notFound: expected the id of an error row (), received "notFound"`,
      ],
    },
  ],
]

describe('a bad spec is refused with file, path, expected and received', () => {
  it.each(cases)('%s', (_title, { given, want }) => {
    expect(problemsOf(given)).toEqual(want)
  })

  it('refuses two files declaring the same method', () => {
    const spec = parseMethodSpec(file, createValidMethod())
    if (!spec.ok) throw new Error('fixture invalid')
    const run = () =>
      validateSpecSet(
        [
          { file, spec: spec.value },
          { file: 'specs/extra/crm.thing.delete.ts', spec: spec.value },
        ],
        createValidShared(),
      )
    expect(run).toThrowError(
      'specs/extra/crm.thing.delete.ts: method: expected a method name not already declared in specs/crm.thing.delete.ts, received "crm.thing.delete"',
    )
  })

  it('refuses a linked entity nobody declared', () => {
    const parsed = parseSharedSpecs('specs/shared/index.ts', {
      systemErrors: createValidShared().systemErrors,
      types: [],
      entities: [{ name: 'thing', title: { ru: 'Вещь', en: 'Thing' }, idField: 'ID', linked: [{ entity: 'ghost', field: 'THING_ID' }] }],
    })
    expect(parsed.ok ? [] : parsed.issues.map(formatIssue)).toEqual([
      'specs/shared/index.ts: entities[0].linked[0].entity: expected a declared entity (thing), received "ghost"',
    ])
  })
})
