/**
 * What the crm.activity.* record methods share: the `id` parameter, the error rows, the family's
 * names and the differences from the pages every one of them keeps, as the official pages
 * (api-reference/crm/timeline/activities/activity-base/ in bitrix24/b24restdocs) give them.
 * The pages' error tables print the server's text in the code column; their sample error answers
 * (`"error": ""`, `"error_description": "Access denied."`) show the code is empty. Plain data,
 * spread into each spec file.
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'
import type { DocsDifference } from './docs-differences.js'

/** The activity id, read as `ID` then `id` and cast like PHP's (int). */
export const activityIdParam = {
  name: 'id',
  type: 'integer',
  required: true,
  spellings: ['ID', 'id'],
  coercion: 'php-int',
  minimum: 1,
  description: { ru: 'Идентификатор дела.', en: 'The activity ID.' },
  sources: ['crm.activity.list', 'crm.activity.add'],
  invalidError: 'invalidId',
} as const satisfies MethodSpecInput['params'][number]

/** `Activity is not found`: no activity has the id. */
export const activityNotFoundRow = {
  id: 'notFound',
  code: '',
  status: 400,
  text: 'Activity is not found',
  kind: 'notFound',
  when: { ru: 'Дело с переданным `id` не найдено', en: 'No activity has the given `id`' },
} as const satisfies ErrorRowInput

/**
 * `ID is not defined or invalid.`: the CRM record methods answer a missing, 0 or negative id with it
 * (the contact, company and quote pages list it); the activity pages leave it out.
 */
export const keepInvalidIdRow: DocsDifference = {
  path: 'errors[invalidId]',
  docs: '(absent)',
  reason: 'the server answers a missing or bad id with this row, as the other CRM record pages list; the activity pages leave it out',
}

/** The record methods of the family, for each spec's `related` (the spec's own name is left out). */
export function listActivitySiblings(method: string): string[] {
  return [
    'crm.activity.add',
    'crm.activity.update',
    'crm.activity.delete',
    'crm.activity.get',
    'crm.activity.list',
    'crm.activity.fields',
  ].filter((name) => name !== method)
}

const textInCodeColumn =
  "the page prints the server's text in the code column; its sample error answer has an empty code with HTTP 400, so the spec's row has code '' and that text"

/** The page's row of a text in the code column, answered by the spec's row `rowId` with an empty code. */
export function keepRecodedRow(code: string, rowId: string): DocsDifference[] {
  return [
    { path: `errors[code ${code}, text (absent)]`, docs: 'present', reason: textInCodeColumn },
    { path: `errors[${rowId}]`, docs: '(absent)', reason: textInCodeColumn },
  ]
}

/**
 * The rows of a page's table the spec does not model (the mock knows no application context, no
 * required-field checks of activities yet), by the text the page prints in the code column.
 */
export const keepUnmodelledCodes = (codes: string[]): DocsDifference[] =>
  codes.map((code) => ({
    path: `errors[code ${code}, text (absent)]`,
    docs: 'present',
    reason: 'not in the spec yet: the mock never answers this row, and the spec takes it once the model can say when it fires (issue 14)',
  }))

/** The rows of the get, update and delete pages: not found and access recoded, the application context not modelled. */
export const keepRecordRows: DocsDifference[] = [
  ...keepRecodedRow('Activity is not found', 'notFound'),
  ...keepRecodedRow('Access denied', 'accessDenied'),
  ...keepUnmodelledCodes(['Application context required']),
]

/** `fields` of add and update: the activity fields, `required` naming what the method needs. */
export function activityFieldsParam(requiredRu: string, requiredEn: string) {
  return {
    name: 'fields',
    type: 'object',
    required: true,
    description: {
      ru: `Поля дела (\`crm.activity.fields\`); поля только для чтения пропускаются. ${requiredRu}`,
      en: `The activity fields (\`crm.activity.fields\`); read-only fields are skipped. ${requiredEn}`,
    },
  } as const satisfies MethodSpecInput['params'][number]
}

/** The rows of the add and update pages the spec does not model yet: the portal's checks of the sent fields. */
export const activityWriteCodesNotModelled = [
  'The field SUBJECT is not defined or empty',
  'The field RESPONSIBLE_ID is not defined or invalid',
  'The field TYPE_ID is not defined or invalid',
  'The field COMMUNICATIONS is not defined or invalid',
  'The only one communication is allowed for activity of specified type',
  'Could not build binding. Please ensure that owner info and communications are defined correctly',
  'The custom activity without provider is not supported in current context',
  'Application context required',
]

/** `fields` is typed `array` on the pages: PHP's associative array, an object on the wire, as their examples send it. */
export const keepFieldsObject: DocsDifference = {
  path: 'params.fields.type',
  docs: 'array',
  reason: "the page types `fields` as PHP's (associative) array; its example sends an object of field -> value, as the spec types it",
}

/**
 * The add page's e-mail rows: one table cell of nine texts, which the reader joins into one code.
 * Sending e-mail is not modelled.
 */
export const emailSendCodes = [
  'Failed to load module "subscribe"',
  'Invalid data',
  'Invalid email is specified',
  '"From" is not found',
  '"To" is not found',
  'Failed to add posting. Please see details below',
  'Failed to save posting file. Please see details below',
  'Failed to update activity',
  'General error',
]
  .map((text) => `Email send error. ${text}`)
  .join('')
