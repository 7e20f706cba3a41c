/**
 * The model's parts beyond CRUD on UPPER_CASE records, one table per part: each valid entry passes
 * both the validator and the published JSON Schema; each invalid one is refused with its exact
 * message, and the JSON Schema refuses it too where the fault is in one file's shape (cross
 * references are the validator's alone).
 */
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { createValidMethod, createValidShared } from '../test/fixtures.js'
import {
  createMethodSpecJsonSchema,
  formatIssue,
  type MethodSpecInput,
  parseMethodSpec,
  parseSharedSpecs,
  type SharedSpecs,
  SpecValidationError,
  toCamelFieldName,
  toUpperFieldName,
  validateSpecSet,
} from './index.js'

const file = 'specs/crm.thing.delete.ts'
const text = (s: string) => ({ ru: s, en: s })
const ajv = new Ajv2020({ strict: false, allErrors: true })
const checkJsonSchema = ajv.compile(createMethodSpecJsonSchema())

/** Shared specs with a typed UPPER_CASE entity, a generic item entity, a type-defining entity and a record type. */
function createRichShared(): SharedSpecs {
  const base = createValidShared()
  const parsed = parseSharedSpecs('specs/shared/index.ts', {
    systemErrors: base.systemErrors,
    types: [
      ...base.types,
      {
        name: 'smartProcessType',
        description: text('A smart process'),
        fields: [
          { name: 'id', type: 'integer', description: text('id') },
          {
            name: 'relations',
            type: 'object',
            description: text('links'),
            properties: [{ name: 'parent', type: 'array', items: { type: 'object', ref: 'time' } }],
          },
        ],
      },
    ],
    entities: [
      {
        name: 'thing',
        title: text('Thing'),
        idField: 'ID',
        entityTypeId: 3,
        fields: [
          { name: 'ID', type: 'integer', isReadOnly: true, title: text('ID') },
          { name: 'DATE_CREATE', type: 'datetime', camelName: 'createdTime', title: text('Created') },
          { name: 'OPENED', type: 'boolean', title: text('Open'), enum: [{ value: 'Y' }, { value: 'N' }] },
          { name: 'CATEGORY_ID', type: 'crm_category', title: text('Funnel') },
          { name: 'UF_CRM_2_1639669411830', type: 'money', title: text('Budget') },
        ],
      },
      { name: 'item', title: text('Item'), idField: 'ID', fields: [{ name: 'ID', type: 'integer', title: text('ID') }] },
      {
        name: 'type',
        title: text('Type'),
        idField: 'ID',
        definesEntityTypes: { field: 'ENTITY_TYPE_ID', itemEntity: 'item' },
        fields: [
          { name: 'ID', type: 'integer', title: text('ID') },
          { name: 'ENTITY_TYPE_ID', type: 'integer', title: text('Type id') },
        ],
      },
    ],
  })
  if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('\n'))
  return parsed.value
}

type Spec = MethodSpecInput & Record<string, unknown>
/** [title, mutation, the validator's messages ([] = valid), whether the JSON Schema accepts it] */
type Case = [string, (s: Spec) => void, string[], boolean]

/** Runs a mutated valid spec through the validator and the JSON Schema. */
function run(mutate: (s: Spec) => void): { problems: string[]; schemaOk: boolean } {
  const spec = createValidMethod() as Spec
  mutate(spec)
  const schemaOk = checkJsonSchema(JSON.parse(JSON.stringify(spec))) as boolean
  const parsed = parseMethodSpec(file, spec)
  if (!parsed.ok) return { problems: parsed.issues.map(formatIssue), schemaOk }
  try {
    // A renamed method lives in the file named after it.
    validateSpecSet([{ file: `specs/${parsed.value.method}.ts`, spec: parsed.value }], createRichShared())
    return { problems: [], schemaOk }
  } catch (error) {
    if (error instanceof SpecValidationError) return { problems: error.issues.map(formatIssue), schemaOk }
    throw error
  }
}

const itemParams = (s: Spec) => {
  s.params = [
    { name: 'entityTypeId', type: 'integer', required: true, description: text('type') },
    { name: 'id', type: 'integer', required: true, description: text('id') },
    {
      name: 'useOriginalUfNames',
      type: 'string',
      required: false,
      default: 'N',
      enum: [{ value: 'Y' }, { value: 'N' }],
      description: text('names'),
    },
  ]
  s.examples = [{ id: 'one', title: text('one'), params: { entityTypeId: 3, id: 5 }, result: [] }]
  s.result = { type: 'array', const: [], description: text('[]') }
}
const itemError = {
  id: 'typeNotFound',
  code: 'NOT_FOUND',
  status: 400,
  text: 'SPA not found',
  kind: 'notFound',
  when: text('no type'),
} as const

const tables: Record<string, Case[]> = {
  'operations beyond CRUD: relations': [
    [
      'a relation that sets the contacts of a deal',
      (s) => {
        s.params.push({
          name: 'items',
          type: 'array',
          required: true,
          description: text('bindings'),
          items: { type: 'object', properties: [{ name: 'contactId', type: 'integer', required: true }] },
        })
        s.examples = [{ id: 'set', title: text('set'), params: { id: 5, items: [{ contactId: 1 }] }, result: true }]
        s.operation = { kind: 'relation', action: 'set', entity: 'thing', target: 'item', by: 'id', items: 'items', notFound: 'notFound' }
      },
      [],
      true,
    ],
    [
      'a relation set without the parameter holding the bindings',
      (s) => {
        s.operation = { kind: 'relation', action: 'set', entity: 'thing', target: 'item', by: 'id', notFound: 'notFound' }
      },
      [`${file}: operation.items: expected the parameter holding the bindings (set writes them), received nothing`],
      true,
    ],
    [
      'a relation to an undeclared entity',
      (s) => {
        s.operation = { kind: 'relation', action: 'get', entity: 'thing', target: 'ghost', by: 'id', notFound: 'notFound' }
      },
      [`${file}: operation.target: expected a declared entity (thing, item, type), received "ghost"`],
      true,
    ],
    [
      'a relation with an unknown action',
      (s) => {
        s.operation = { kind: 'relation', action: 'move', entity: 'thing', target: 'item', by: 'id', notFound: 'notFound' } as never
      },
      [`${file}: operation.action: expected one of "get", "set", "add", "delete", "clear", received "move"`],
      false,
    ],
    [
      'a relation that clears every binding, with no bindings parameter',
      (s) => {
        s.operation = { kind: 'relation', action: 'clear', entity: 'thing', target: 'item', by: 'id', notFound: 'notFound' }
      },
      [],
      true,
    ],
    [
      'a relation whose invalid-binding row is missing',
      (s) => {
        s.params.push({ name: 'fields', type: 'object', required: false, description: text('binding') })
        s.operation = {
          kind: 'relation',
          action: 'add',
          entity: 'thing',
          target: 'item',
          by: 'id',
          items: 'fields',
          notFound: 'notFound',
          itemInvalid: 'badBinding',
        }
      },
      [`${file}: operation.itemInvalid: expected the id of an error row (invalidId, accessDenied, notFound), received "badBinding"`],
      true,
    ],
  ],
  'operations beyond CRUD: answered from examples': [
    [
      'an example-backed method',
      (s) => {
        s.operation = { kind: 'example', noMatch: 'notFound' }
      },
      [],
      true,
    ],
    [
      'an example-backed method whose no-match row is missing',
      (s) => {
        s.operation = { kind: 'example', noMatch: 'missing' }
      },
      [`${file}: operation.noMatch: expected the id of an error row (invalidId, accessDenied, notFound), received "missing"`],
      true,
    ],
  ],
  'nested objects and arrays of objects': [
    [
      'an array of objects with an item schema',
      (s) => {
        s.result = {
          type: 'object',
          description: text('r'),
          properties: [
            {
              name: 'rows',
              type: 'array',
              items: {
                type: 'object',
                properties: [
                  { name: 'ID', type: 'integer' },
                  { name: 'VALUE', type: 'string', nullable: true },
                ],
              },
            },
          ],
        }
        s.examples = [{ id: 'one', title: text('one'), params: { id: 5 }, result: { rows: [] } }]
      },
      [],
      true,
    ],
    [
      'items on a string',
      (s) => {
        s.result = { type: 'object', description: text('r'), properties: [{ name: 'x', type: 'string', items: { type: 'integer' } }] }
        s.examples = [{ id: 'one', title: text('one'), params: { id: 5 }, result: {} }]
      },
      [`${file}: result.properties[0].items: expected items only on an array, received "string"`],
      true,
    ],
    [
      'a property without a type',
      (s) => {
        s.result = { type: 'object', description: text('r'), properties: [{ name: 'x' }] } as never
      },
      [
        `${file}: result.properties[0].type: expected one of "integer", "number", "string", "boolean", "object", "array", "null", "file", "date", "datetime", "any", received nothing`,
      ],
      false,
    ],
    [
      'a property named twice',
      (s) => {
        s.result = {
          type: 'object',
          description: text('r'),
          properties: [
            { name: 'x', type: 'string' },
            { name: 'x', type: 'integer' },
          ],
        }
        s.examples = [{ id: 'one', title: text('one'), params: { id: 5 }, result: {} }]
      },
      [`${file}: result.properties[1].name: expected a name no other property has, received "x"`],
      true,
    ],
  ],
  'named record types shared between methods': [
    [
      'a result that is the shared smartProcessType',
      (s) => {
        s.result = { type: 'object', ref: 'smartProcessType', wrap: { key: 'type' }, description: text('r') }
        s.examples = [{ id: 'one', title: text('one'), params: { id: 5 }, result: { type: { id: 1 } } }]
      },
      [],
      true,
    ],
    [
      'a reference to an undeclared record type',
      (s) => {
        s.result = { type: 'object', ref: 'spaceship', description: text('r') }
        s.examples = [{ id: 'one', title: text('one'), params: { id: 5 }, result: {} }]
      },
      [`${file}: result.ref: expected a record type declared in specs/shared (time, smartProcessType), received "spaceship"`],
      true,
    ],
  ],
  enums: [
    [
      'a parameter with possible values',
      (s) => {
        s.params.push({
          name: 'mode',
          type: 'string',
          required: false,
          enum: [{ value: 'Y', description: text('yes') }, { value: 'N' }],
          description: text('m'),
        })
        s.examples = [{ id: 'one', title: text('one'), params: { id: 5, mode: 'Y' }, result: true }]
      },
      [],
      true,
    ],
    [
      'an example outside the possible values',
      (s) => {
        s.params.push({ name: 'mode', type: 'string', required: false, enum: [{ value: 'Y' }, { value: 'N' }], description: text('m') })
        s.examples = [{ id: 'one', title: text('one'), params: { id: 5, mode: 'maybe' }, result: true }]
      },
      [`${file}: examples[0].params.mode: expected one of "Y", "N", received "maybe"`],
      true,
    ],
    [
      'an enum value of the wrong type',
      (s) => void s.params.push({ name: 'n', type: 'integer', required: false, enum: [{ value: 'one' }], description: text('n') }),
      [`${file}: params[1].enum[0].value: expected a integer like the params[1] it belongs to, received "one"`],
      true,
    ],
    [
      'an empty enum',
      (s) => void s.params.push({ name: 'n', type: 'integer', required: false, enum: [], description: text('n') }),
      [`${file}: params[1].enum: expected at least 1 item(s), received []`],
      false,
    ],
  ],
  'null and [] results': [
    [
      'a method answering []',
      (s) => {
        s.result = { type: 'array', const: [], description: text('[]') }
        s.examples = [{ id: 'one', title: text('one'), params: { id: 5 }, result: [] }]
      },
      [],
      true,
    ],
    [
      'a method answering null',
      (s) => {
        s.result = { type: 'null', const: null, description: text('null') }
        s.examples = [{ id: 'one', title: text('one'), params: { id: 5 }, result: null }]
      },
      [],
      true,
    ],
    [
      'an example answering something else than []',
      (s) => {
        s.result = { type: 'array', const: [], description: text('[]') }
        s.examples = [{ id: 'one', title: text('one'), params: { id: 5 }, result: [1] }]
      },
      [`${file}: examples[0].result: expected the method's result [], received [1]`],
      true,
    ],
    [
      'null declared on a boolean result',
      (s) => {
        s.result = { type: 'boolean', const: null, description: text('x') }
      },
      [
        `${file}: result.const: expected a boolean, received null`,
        `${file}: examples[0].result: expected the method's result null, received true`,
      ],
      true,
    ],
  ],
  'wrapped answers': [
    [
      'a page of items with total and next',
      (s) => {
        s.params.push({ name: 'start', type: 'integer', required: false, description: text('s') })
        s.result = {
          type: 'object',
          wrap: { key: 'items', paged: true },
          description: text('r'),
          record: { entity: 'thing', naming: 'camel' },
        }
        s.examples = [{ id: 'one', title: text('one'), params: { id: 5 }, result: { items: [] } }]
        s.operation = { kind: 'list', entity: 'thing', start: 'start', wrap: 'items' }
      },
      [],
      true,
    ],
    [
      'a paged wrap on a delete',
      (s) => {
        s.result = { type: 'object', wrap: { key: 'items', paged: true }, description: text('r') }
        s.examples = [{ id: 'one', title: text('one'), params: { id: 5 }, result: { items: [] } }]
      },
      [`${file}: result.wrap.paged: expected a paged result only on a list operation, received "delete"`],
      true,
    ],
    [
      'an operation wrapping in another key than the result',
      (s) => {
        s.result = { type: 'object', wrap: { key: 'item' }, description: text('r') }
        s.examples = [{ id: 'one', title: text('one'), params: { id: 5 }, result: { item: {} } }]
        s.operation = { kind: 'delete', entity: 'thing', by: 'id', cascade: false, notFound: 'notFound', wrap: 'items' }
      },
      [`${file}: operation.wrap: expected the key of result.wrap (item), received "items"`],
      true,
    ],
    [
      'a wrap key in UPPER_CASE',
      (s) => {
        s.result = { type: 'object', wrap: { key: 'ITEM' }, description: text('r') }
      },
      [`${file}: result.wrap.key: expected a camelCase key such as item, received "ITEM"`],
      false,
    ],
  ],
  'camelCase entities chosen by entityTypeId': [
    [
      'a get on the item family',
      (s) => {
        itemParams(s)
        s.errors!.push(itemError)
        s.operation = {
          kind: 'delete',
          entity: 'item',
          by: 'id',
          cascade: false,
          notFound: 'notFound',
          entityTypeBy: 'entityTypeId',
          typeNotFound: 'typeNotFound',
          naming: 'camel',
          originalUfNamesBy: 'useOriginalUfNames',
        }
      },
      [],
      true,
    ],
    [
      'an entityTypeId switch without the unknown-type row',
      (s) => {
        itemParams(s)
        s.operation = { kind: 'delete', entity: 'item', by: 'id', cascade: false, notFound: 'notFound', entityTypeBy: 'entityTypeId' }
      },
      [`${file}: operation.typeNotFound: expected the error row answered for an unknown entityTypeId, received nothing`],
      true,
    ],
    [
      'an entityTypeId read from a parameter the method lacks',
      (s) => {
        s.errors!.push(itemError)
        s.operation = {
          kind: 'delete',
          entity: 'item',
          by: 'id',
          cascade: false,
          notFound: 'notFound',
          entityTypeBy: 'entityTypeId',
          typeNotFound: 'typeNotFound',
        }
      },
      [`${file}: operation.entityTypeBy: expected a parameter of the method (id), received "entityTypeId"`],
      true,
    ],
    [
      'an unknown naming',
      (s) => {
        s.operation = { kind: 'delete', entity: 'thing', by: 'id', cascade: false, notFound: 'notFound', naming: 'snake' } as never
      },
      [`${file}: operation.naming: expected one of "upper", "camel", received "snake"`],
      false,
    ],
  ],
  'filters per method': [
    [
      'a filter with fields, operators and OR groups',
      (s) =>
        void s.params.push({
          name: 'filter',
          type: 'object',
          required: false,
          description: text('f'),
          filter: { fields: ['ID', 'TITLE'], operators: ['=', '>=', '%', '@'], logic: true },
        }),
      [],
      true,
    ],
    [
      'a filter on a string parameter',
      (s) => void s.params.push({ name: 'filter', type: 'string', required: false, description: text('f'), filter: { operators: ['='] } }),
      [`${file}: params[1].filter: expected a filter only on an object parameter, received "string"`],
      true,
    ],
    [
      'an unknown operator',
      (s) =>
        void s.params.push({
          name: 'filter',
          type: 'object',
          required: false,
          description: text('f'),
          filter: { operators: ['~'] },
        } as never),
      [
        `${file}: params[1].filter.operators[0]: expected one of "=", "!", "!=", ">", ">=", "<", "<=", "@", "!@", "%", "=%", "%=", "!%", "!=%", "!%=", "><", "!><", received "~"`,
      ],
      false,
    ],
  ],
  'file parameters': [
    [
      'a file sent as a pair or as fileData',
      (s) => void s.params.push({ name: 'photo', type: 'file', required: false, fileForms: ['pair', 'fileData'], description: text('p') }),
      [],
      true,
    ],
    [
      'a file without its forms',
      (s) => void s.params.push({ name: 'photo', type: 'file', required: false, description: text('p') }),
      [`${file}: params[1].fileForms: expected how the file is sent (pair, fileData), received nothing`],
      true,
    ],
    [
      'file forms on a string',
      (s) => void s.params.push({ name: 'photo', type: 'string', required: false, fileForms: ['pair'], description: text('p') }),
      [`${file}: params[1].fileForms: expected fileForms only on a file parameter, received "string"`],
      true,
    ],
  ],
  'several scopes': [
    [
      'two scopes',
      (s) => {
        s.extraScopes = ['user']
      },
      [],
      true,
    ],
    [
      'the main scope repeated',
      (s) => {
        s.extraScopes = ['crm']
      },
      [`${file}: extraScopes: expected scopes other than crm, received ["crm"]`],
      true,
    ],
    [
      'a scope in capitals',
      (s) => {
        s.extraScopes = ['CRM']
      },
      [`${file}: extraScopes[0]: expected a scope name such as user, received "CRM"`],
      false,
    ],
  ],
  'camelCase method names': [
    [
      'crm.activity.todo.updateDeadline',
      (s) => {
        s.method = 'crm.activity.todo.updateDeadline'
      },
      [],
      true,
    ],
    [
      'a name starting with a capital segment',
      (s) => {
        s.method = 'crm.Activity.todo'
      },
      [
        `${file}: method: expected a dotted method name such as crm.contact.delete or crm.activity.todo.updateDeadline, received "crm.Activity.todo"`,
      ],
      false,
    ],
  ],
  'methods without an error row of their own': [
    [
      'no own rows, the sample error a system row',
      (s) => {
        s.errors = []
        s.errorExample = 'methodNotFound'
        s.params = [{ name: 'id', type: 'integer', required: true, description: text('id') }]
        s.access = { description: text('anyone') }
        s.operation = { kind: 'example' }
      },
      [],
      true,
    ],
    [
      'a sample error naming no row at all',
      (s) => {
        s.errorExample = 'nothing'
      },
      [`${file}: errorExample: expected the id of an error row (invalidId, accessDenied, notFound) or of a system row, received "nothing"`],
      true,
    ],
  ],
  'access rules that are text only': [
    [
      'access as text',
      (s) => {
        s.access = { description: text('any user of the portal') }
      },
      [],
      true,
    ],
    [
      'an entity without a permission',
      (s) => {
        s.access = { entity: 'thing', description: text('who') }
      },
      [
        `${file}: access.permission: expected entity and permission together, or neither (a text-only rule), received "thing"`,
        `${file}: access.deniedError: expected the error row answered to a user without the permission, received nothing`,
      ],
      true,
    ],
    [
      'text access naming a missing denied row',
      (s) => {
        s.access = { description: text('admins'), deniedError: 'nope' }
      },
      [`${file}: access.deniedError: expected the id of an error row (invalidId, accessDenied, notFound), received "nope"`],
      true,
    ],
  ],
}

describe.each(Object.entries(tables))('%s', (_part, cases) => {
  it.each(cases)('%s', (_title, mutate, want, schemaAccepts) => {
    const { problems, schemaOk } = run(mutate)
    expect(problems).toEqual(want)
    expect(schemaOk).toBe(schemaAccepts)
  })
})

describe('CRM field types and the one mapping between UPPER_CASE and camelCase names', () => {
  it.each([
    ['ASSIGNED_BY_ID', 'assignedById'],
    ['UF_CRM_10_5186744711', 'ufCrm10_5186744711'],
    ['UF_CRM_2_1639669411830', 'ufCrm2_1639669411830'],
    ['UF_CRM_10_DIGIT10', 'ufCrm10Digit10'],
    ['ID', 'id'],
  ])('%s is %s', (upper, camel) => {
    expect(toCamelFieldName(upper)).toBe(camel)
  })

  it('maps back where the rule is one to one, and not where letters and digits mix', () => {
    expect(toUpperFieldName('ufCrm10_5186744711')).toBe('UF_CRM_10_5186744711')
    expect(toUpperFieldName('assignedById')).toBe('ASSIGNED_BY_ID')
    expect(toUpperFieldName('ufCrm10Digit10')).toBe('UF_CRM_10_DIGIT_10')
  })

  it('accepts bindings to a declared entity, seeded by owner and target id', () => {
    const parsed = entity([id], { bindings: [{ target: 'thing', seed: [{ OWNER_ID: 1, THING_ID: 2, SORT: 10 }] }] })
    expect(parsed.ok && parsed.value.entities[0]?.bindings).toEqual([{ target: 'thing', seed: [{ OWNER_ID: 1, THING_ID: 2, SORT: 10 }] }])
  })

  it('accepts the CRM field types, camelName overrides and an entityTypeId', () => {
    const shared = createRichShared()
    const thing = shared.entities.find((e) => e.name === 'thing')!
    expect(thing.entityTypeId).toBe(3)
    expect(thing.fields.map((f) => f.type)).toEqual(['integer', 'datetime', 'boolean', 'crm_category', 'money'])
  })

  const entity = (fields: unknown[], extra: Record<string, unknown> = {}) =>
    parseSharedSpecs('specs/shared/index.ts', {
      systemErrors: createValidShared().systemErrors,
      types: [],
      entities: [{ name: 'thing', title: text('T'), idField: 'ID', fields, ...extra }],
    })
  const id = { name: 'ID', type: 'integer', title: text('ID') }

  it.each([
    [
      'two fields with one camelCase name',
      [id, { name: 'X', type: 'string', camelName: 'id', title: text('X') }],
      {},
      'entities[0].fields[1].camelName: expected a camelCase name no other field has (ID has id), received "id"',
    ],
    [
      'a camelName in UPPER_CASE',
      [id, { name: 'X', type: 'string', camelName: 'X', title: text('X') }],
      {},
      'entities[0].fields[1].camelName: expected a camelCase field name such as createdTime, received "X"',
    ],
    ['an unknown field type', [id, { name: 'X', type: 'currency', title: text('X') }], {}, 'entities[0].fields[1].type: expected one of'],
    [
      'a field both upperOnly and camelOnly',
      [id, { name: 'X', type: 'string', upperOnly: true, camelOnly: true, title: text('X') }],
      {},
      'entities[0].fields[1]: expected upperOnly or camelOnly, not both, received "X"',
    ],
    [
      'types made from an undeclared entity',
      [id],
      { definesEntityTypes: { field: 'ID', itemEntity: 'ghost' } },
      'entities[0].definesEntityTypes.itemEntity: expected a declared entity (thing), received "ghost"',
    ],
    ['an entityTypeId of 0', [id], { entityTypeId: 0 }, 'entities[0].entityTypeId: expected a value >= 1, received 0'],
    [
      'bindings to an undeclared entity',
      [id],
      { bindings: [{ target: 'ghost' }] },
      'entities[0].bindings[0].target: expected a declared entity (thing), received "ghost"',
    ],
    [
      'a seeded binding without its owner',
      [id],
      { bindings: [{ target: 'thing', seed: [{ THING_ID: 2 }] }] },
      'entities[0].bindings[0].seed[0].OWNER_ID: expected a positive integer id, received nothing',
    ],
    [
      'a seeded binding whose target id is text',
      [id],
      { bindings: [{ target: 'thing', seed: [{ OWNER_ID: 1, THING_ID: '2' }] }] },
      'entities[0].bindings[0].seed[0].THING_ID: expected a positive integer id, received "2"',
    ],
  ])('refuses %s', (_title, fields, extra, want) => {
    const parsed = entity(fields, extra)
    expect(parsed.ok ? [] : parsed.issues.map(formatIssue)).toEqual([expect.stringContaining(`specs/shared/index.ts: ${want}`)])
  })
})
