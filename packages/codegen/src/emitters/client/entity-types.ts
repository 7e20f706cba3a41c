/**
 * The TypeScript types of an entity's typed fields, for `types.ts`: the record as get answers it,
 * list items, the writable fields of add and update, and the keys of select, order and filter.
 */
import type { EntityFieldSpec, EntitySpec } from '@b24kit/spec'
import { bilingual } from './docs.js'
import {
  filterOperators,
  flagValues,
  getEntityTypeNames,
  getFieldShape,
  getWritableFields,
  hasUpperTypes,
  isAlwaysAnswered,
  isNullableAnswer,
  orderValues,
} from './entity-fields.js'
import { quote } from './literal.js'
import { printJsDoc, printType } from './statements.js'

const union = (values: readonly string[]) => values.map(quote).join(' | ')

/** Shared names of the multi-field value types. */
export const multiFieldNames = { value: 'MultiFieldValue', input: 'MultiFieldInput', operator: 'FilterOperator' } as const

/** A field's type in an answer. */
function answerType(field: EntityFieldSpec): string {
  const shape = getFieldShape(field)
  if (shape === 'multi') return `${multiFieldNames.value}[]`
  const one = shape === 'flag' ? union(flagValues) : shape === 'file' ? 'Record<string, unknown>' : 'string'
  return field.isMultiple ? `${one.includes('|') ? `(${one})` : one}[]` : one
}

/** A field's type in add and update. */
function inputType(field: EntityFieldSpec): string {
  const shape = getFieldShape(field)
  if (shape === 'multi') return `${multiFieldNames.input}[]`
  const one = { numeric: 'number | string', double: 'number', flag: union(flagValues), text: 'string', file: 'Record<string, unknown>' }[
    shape
  ]
  return field.isMultiple ? `(${one})[]` : one
}

const fieldDoc = (field: EntityFieldSpec) => `${bilingual(field.title)}\n\n\`${field.type}\`${field.isReadOnly ? ', read-only' : ''}.`

function printInterface(name: string, doc: string, members: string[]): string {
  return `${printJsDoc(doc)}export interface ${name} {\n${members.join('')}}`
}

/** The statements of one entity's types. */
export function printEntityTypes(entity: EntitySpec): string[] {
  const names = getEntityTypeNames(entity.name)
  const title = entity.title.en
  const record = entity.fields.map(
    (f) =>
      `${printJsDoc(fieldDoc(f), '  ')}  ${f.name}${isAlwaysAnswered(f) ? '' : '?'}: ${answerType(f)}${isNullableAnswer(entity, f) ? ' | null' : ''};\n`,
  )
  const writable = getWritableFields(entity).map((f) => `${printJsDoc(fieldDoc(f), '  ')}  ${f.name}?: ${inputType(f)};\n`)
  // The portal's own custom fields (`UF_CRM_...`), which no spec can list: any key with the prefix,
  // its value unknown (a project's `b24kit pull` types them exactly).
  const custom = entity.userFields && `\`${entity.userFields.prefix}\${string}\``
  if (custom) {
    const doc = `A custom field of the portal (\`${entity.userFields?.prefix}...\`): null when empty, a list when multiple.`
    record.push(`${printJsDoc(doc, '  ')}  [field: ${custom}]: unknown;\n`)
    writable.push(`${printJsDoc('A custom field of the portal, by its full name.', '  ')}  [field: ${custom}]: unknown;\n`)
  }
  return [
    printInterface(
      names.record,
      `${title}, as get answers it: ids and numbers as strings, \`Y\`/\`N\` flags, empty fields as null, multi-fields when they hold values.`,
      record,
    ),
    printType(names.item, `${title} in a list answer: the fields \`select\` asked for.`, `Partial<${names.record}>`),
    printInterface(
      names.fields,
      `The fields of a ${title.toLowerCase()} that add and update write (read-only ones are left out).`,
      writable,
    ),
    printType(names.fieldName, `A field of a ${title.toLowerCase()}.`, union(entity.fields.map((f) => f.name))),
    printType(names.select, `The fields a list answers; \`*\` stands for every plain field.`, `('*' | ${names.fieldName})[]`),
    printType(names.order, 'The sort order: field -> direction.', `{ [K in ${names.fieldName}]?: ${union(orderValues)} }`),
    printType(
      names.filter,
      'The filter: a field, optionally after a prefix operator (`>=ID`, `%NAME`), -> the value (a list for `@`).',
      `{ [K in \`\${${multiFieldNames.operator}}\${${names.fieldName}}\`]?: unknown }`,
    ),
  ]
}

/** The types every entity with multi-fields or a list shares. */
export function printSharedEntityTypes(): string[] {
  return [
    printInterface('MultiFieldValue', 'One value of a multi-field (PHONE, EMAIL, WEB, IM) in an answer.', [
      '  ID: string;\n',
      '  VALUE_TYPE: string;\n',
      '  VALUE: string;\n',
      '  TYPE_ID: string;\n',
    ]),
    printInterface(
      'MultiFieldInput',
      'One value of a multi-field sent to add or update: with the `ID` of a stored value it changes it (an empty `VALUE` deletes it); without, it is added.',
      ['  ID?: string;\n', '  VALUE_TYPE: string;\n', '  VALUE: string;\n', '  TYPE_ID?: string;\n'],
    ),
    printType('FilterOperator', "The prefix operators of a filter key; '' (no prefix) is plain equality.", union(filterOperators)),
  ]
}

/** The names `types.ts` exports for the entities with typed fields. */
export function getEntityExports(entities: readonly EntitySpec[]): string[] {
  const typed = entities.filter(hasUpperTypes)
  if (typed.length === 0) return []
  return [...Object.values(multiFieldNames), ...typed.flatMap((e) => Object.values(getEntityTypeNames(e.name)))]
}
