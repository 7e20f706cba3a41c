/**
 * What the crm.deal.* record methods share (add, get, list, update, fields; delete keeps its own
 * rows): the `id` parameter, the `Not found` row, the options of add and update, the family list and
 * the page rows the specs do not model yet. Facts from the official pages api-reference/crm/deals/ in
 * bitrix24/b24restdocs and bitrix-tools/b24-rest-docs; the texts are ours. The rows every UPPER_CASE
 * CRM family shares come from contact-method.ts; the binding methods (crm.deal.contact.*) have their
 * own deal-contact-method.ts.
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'
import { type DocsDifference, keepUnmodelledRows } from './docs-differences.js'

/** `Not found`: crm.deal.get and crm.deal.update answer it for an id no deal has. */
export const dealNotFoundRow = {
  id: 'notFound',
  code: '',
  status: 400,
  text: 'Not found',
  kind: 'notFound',
  when: { ru: 'Сделки с переданным `id` нет', en: 'No deal has the given `id`' },
} as const satisfies ErrorRowInput

/** The deal id of get and update, read as `ID` then `id` and cast like PHP's (int). */
export const dealRecordIdParam = {
  name: 'id',
  type: 'integer',
  required: true,
  spellings: ['ID', 'id'],
  coercion: 'php-int',
  minimum: 1,
  description: { ru: 'Идентификатор сделки.', en: 'The deal ID.' },
  sources: ['crm.deal.list', 'crm.deal.add'],
  invalidError: 'invalidId',
} as const satisfies MethodSpecInput['params'][number]

/** `fields` of add and update: the deal fields, and the contacts bound through `CONTACT_IDS`. */
export function createDealFieldsParam(ru: string, en: string) {
  return {
    name: 'fields',
    type: 'object',
    required: true,
    description: {
      ru: `${ru} (\`crm.deal.fields\`); поля только для чтения пропускаются. \`CONTACT_IDS\` задает контакты сделки.`,
      en: `${en} (\`crm.deal.fields\`); read-only fields are skipped. \`CONTACT_IDS\` sets the deal's contacts.`,
    },
  } as const satisfies MethodSpecInput['params'][number]
}

/** `params` of crm.deal.update: the activity stream and history switches. */
export const dealUpdateOptionsParam = {
  name: 'params',
  type: 'object',
  required: false,
  description: {
    ru: 'Набор параметров: `REGISTER_SONET_EVENT` (`Y`/`N`) регистрирует событие в живой ленте, `REGISTER_HISTORY_EVENT` (`Y`/`N`) пишет изменение в историю.',
    en: 'Options: `REGISTER_SONET_EVENT` (`Y`/`N`) posts the event to the activity stream, `REGISTER_HISTORY_EVENT` (`Y`/`N`) records the change in the history.',
  },
} as const satisfies MethodSpecInput['params'][number]

/** The deal family, for each spec's `related` (the spec's own name is left out). */
export function listDealSiblings(method: string): string[] {
  return ['crm.deal.add', 'crm.deal.update', 'crm.deal.get', 'crm.deal.list', 'crm.deal.delete', 'crm.deal.fields'].filter(
    (name) => name !== method,
  )
}

/** The server reads `fields` as an array before anything else, whatever the page's required marker says. */
export const dealFieldsRequired: DocsDifference = {
  path: 'params.fields.required',
  docs: 'false',
  reason:
    "the server refuses a call without fields (`Parameter 'fields' must be array`, a row this page lists), so the spec requires it; the page marks it optional",
}

/** The rows the crm.deal.add and crm.deal.update pages both list and the specs do not model yet. */
export const dealWriteRowsNotModelled: DocsDifference[] = keepUnmodelledRows([
  ['', "Parameter 'fields' must be array"],
  ['', "Parameter 'params' must be array"],
  ['', 'Disk resource exhausted'],
  ['', 'Invalid value for the "Currency" field'],
])
