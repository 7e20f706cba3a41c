/**
 * What the crm.deal.recurring.* methods share: the template id, the error rows and the family's
 * names. Sources: the official pages api-reference/crm/deals/recurring-deals/*.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian). The tables print each
 * server text in their code column without its final period; the server answers an empty `error`
 * and the text with its period, as every page's sample error answer shows.
 *
 * The mock answers the family from its examples (get, delete and expose answer
 * `Recurring deal is not found.` for another template id; update answers `true` to any call, since
 * other fields on the documented template must not read as a missing one): the pages' samples disagree on ids (get asks for 15 and answers
 * template 25) and on spelling (list answers some keys in lower case), so no one stored template
 * serves them all, and the next run dates are computed by the portal's scheduler.
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'
import type { DocsDifference } from './docs-differences.js'

const row = (id: string, text: string, kind: ErrorRowInput['kind'], ru: string, en: string) =>
  ({ id, code: '', status: 400, text, kind, when: { ru, en } }) as const satisfies ErrorRowInput

/** Every row the family's tables list, by id. */
export const recurringRows = {
  invalidId: row(
    'invalidId',
    'id is not defined or invalid.',
    'invalidParams',
    'Параметр `id` не передан или не является целым числом больше 0',
    'The `id` parameter is missing or is not an integer greater than 0',
  ),
  notAllowed: row(
    'notAllowed',
    'Recurring is not allowed.',
    'accessDenied',
    'Регулярные сделки недоступны на тарифе портала',
    "Recurring deals are not available on the portal's plan",
  ),
  notFound: row('notFound', 'Recurring deal is not found.', 'notFound', 'Шаблона с переданным `id` нет', 'No template has the given `id`'),
  accessDenied: row(
    'accessDenied',
    'Access denied.',
    'accessDenied',
    'У пользователя нет нужного права на сделки',
    'The user lacks the needed permission on deals',
  ),
  fieldsNotArray: row(
    'fieldsNotArray',
    "Parameter 'fields' must be array.",
    'invalidParams',
    'Параметр `fields` не передан или не является объектом',
    'The `fields` parameter is missing or is not an object',
  ),
  paramsNotArray: row(
    'paramsNotArray',
    "Parameter 'params' must be array.",
    'invalidParams',
    'Параметр `params` не является объектом',
    'The `params` parameter is not an object',
  ),
  dealIdEmpty: row(
    'dealIdEmpty',
    'Deal id is empty.',
    'invalidParams',
    '`fields.DEAL_ID` пуст или неверен',
    '`fields.DEAL_ID` is empty or wrong',
  ),
  alreadyRecurring: row(
    'alreadyRecurring',
    'Deal already has recurring settings.',
    'invalidParams',
    'У сделки уже есть настройки повторения',
    'The deal already has recurring settings',
  ),
  connectedExists: row(
    'connectedExists',
    'Deleting is impossible. Connected recurring deal exists.',
    'invalidParams',
    'Настройку нельзя удалить, пока есть связанный шаблон сделки',
    'The setting cannot go while a linked deal template exists',
  ),
  orderNotArray: row(
    'orderNotArray',
    "Parameter 'order' must be array.",
    'invalidParams',
    '`order` не является объектом',
    '`order` is not an object',
  ),
  filterNotArray: row(
    'filterNotArray',
    "Parameter 'filter' must be array.",
    'invalidParams',
    '`filter` не является объектом',
    '`filter` is not an object',
  ),
  listFailed: row(
    'listFailed',
    'Failed to get list. General error.',
    'serverError',
    'Список не удалось получить из-за внутренней ошибки',
    'The list could not be read for an internal error',
  ),
} as const

export type RecurringRowId = keyof typeof recurringRows

/** The template id, cast like PHP's (int). */
export const recurringIdParam = {
  name: 'id',
  type: 'integer',
  required: true,
  coercion: 'php-int',
  minimum: 1,
  invalidError: 'invalidId',
  description: { ru: 'Идентификатор шаблона регулярной сделки.', en: 'The recurring deal template ID.' },
  sources: ['crm.deal.recurring.list', 'crm.deal.recurring.add'],
} as const satisfies MethodSpecInput['params'][number]

/** `fields` of add and update: the template settings, UPPER_CASE, with the schedule in `PARAMS`. */
export function createRecurringFieldsParam(ru: string, en: string): MethodSpecInput['params'][number] {
  return { name: 'fields', type: 'object', required: true, invalidError: 'fieldsNotArray', description: { ru, en } }
}

/** The family, for each spec's `related` (the spec's own name left out). */
export function listRecurringSiblings(method: string): string[] {
  return ['fields', 'list', 'add', 'get', 'update', 'delete', 'expose']
    .map((verb) => `crm.deal.recurring.${verb}`)
    .filter((name) => name !== method)
}

const inCodeColumn =
  "the table prints the server's text in its code column, without the final period; the server answers an empty `error` and the text with its period, as the sample error answer shows"

/** For each row: the check's record of the table's row (code = text) and of the spec's own row. */
export function keepTextsInCodeColumn(ids: RecurringRowId[]): DocsDifference[] {
  return ids.flatMap((id) => {
    const { text } = recurringRows[id]
    return [
      { path: `errors[code ${text.replace(/\.$/, '')}, text (absent)]`, docs: 'present', reason: inCodeColumn },
      { path: `errors[${id}]`, docs: '(absent)', reason: inCodeColumn },
    ]
  })
}
