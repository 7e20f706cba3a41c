/**
 * crm.duplicate.findbycomm. Sources: the official pages api-reference/crm/duplicates/crm-duplicate-find-by-comm.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it
 * (a user who may read CRM items), `type`, `values` and `entity_type`, the answer (ids by object type
 * under `LEAD`, `CONTACT`, `COMPANY`), four error rows and the sample error answer.
 *
 * The error table, decided from the page's own facts: its code column holds HTTP statuses (403, 400;
 * the sample error answer is served with status 400), and the sample error answer sends the table's
 * text as `error`, with `error_description` "Parameter 'type' is required.". So each row's code is the
 * table's text and its status the column's number. The page gives `error_description` for the `type`
 * row only; the other rows repeat their code as the text until an answer shows it (recorded below).
 *
 * Example-backed (see specs/shared/duplicate-method.ts): the mock answers the page's example.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createErrorRow } from './shared/item-method.js'

const typeMissing = 'Communication type is not defined'
const typeUnsupported = "Communication type '{type}' is not supported in current context"
const valuesMissing = 'Communication values is not defined'

export default defineMethod({
  method: 'crm.duplicate.findbycomm',
  scope: 'crm',
  summary: { ru: 'Найти лиды, контакты и компании по телефону или e-mail', en: 'Find leads, contacts and companies by phone or e-mail' },
  description: {
    ru: 'Метод `crm.duplicate.findbycomm` ищет лиды, контакты и компании, у которых есть один из переданных телефонов или адресов e-mail, и возвращает их идентификаторы по типам. Добавочный номер телефона не учитывается.',
    en: 'The `crm.duplicate.findbycomm` method finds the leads, contacts and companies that hold one of the given phones or e-mail addresses and returns their ids by type. A phone extension is ignored.',
  },
  access: {
    description: { ru: 'пользователь с правом чтения элементов CRM', en: 'a user allowed to read CRM items' },
    deniedError: 'accessDenied',
  },
  params: [
    {
      name: 'type',
      type: 'string',
      required: true,
      invalidError: 'typeMissing',
      description: { ru: 'Что искать: `EMAIL` или `PHONE`.', en: 'What to search: `EMAIL` or `PHONE`.' },
    },
    {
      name: 'values',
      type: 'array',
      required: true,
      invalidError: 'valuesMissing',
      description: {
        ru: 'Адреса e-mail или телефоны, не больше 20.',
        en: 'The e-mail addresses or phones, at most 20.',
      },
    },
    {
      name: 'entity_type',
      type: 'string',
      required: false,
      description: {
        ru: 'Где искать: `LEAD`, `CONTACT` или `COMPANY`. Без него — во всех трех.',
        en: 'Where to search: `LEAD`, `CONTACT` or `COMPANY`. Without it, in all three.',
      },
    },
  ],
  result: {
    type: 'object',
    description: {
      ru: 'Идентификаторы найденных объектов в `LEAD`, `CONTACT`, `COMPANY` (только непустые). Если у одного типа 20 совпадений или больше, следующие типы не ищутся.',
      en: 'The ids found, under `LEAD`, `CONTACT`, `COMPANY` (non-empty ones only). Once one type has 20 matches or more, the next types are not searched.',
    },
  },
  errors: [
    createErrorRow(
      'accessDenied',
      'Access denied',
      'Access denied',
      'accessDenied',
      'У пользователя нет права читать элементы CRM',
      'The user may not read CRM items',
      403,
    ),
    createErrorRow('typeMissing', typeMissing, "Parameter 'type' is required.", 'invalidParams', 'Не передан `type`', '`type` is not sent'),
    createErrorRow(
      'typeUnsupported',
      typeUnsupported,
      typeUnsupported,
      'invalidParams',
      'В `type` не `EMAIL` и не `PHONE`',
      '`type` is neither `EMAIL` nor `PHONE`',
    ),
    createErrorRow('valuesMissing', valuesMissing, valuesMissing, 'invalidParams', 'Не передан `values`', '`values` is not sent'),
  ],
  errorExample: 'typeMissing',
  examples: [
    {
      id: 'findContactsByPhone',
      title: { ru: 'Найти контакты по двум телефонам', en: 'Find contacts by two phones' },
      params: { entity_type: 'CONTACT', type: 'PHONE', values: ['8976543', '11223355'] },
      result: { CONTACT: [275, 2297] },
      time: {
        start: 1750684060.672785,
        finish: 1750684060.724903,
        duration: 0.05211806297302246,
        processing: 0.018191099166870117,
        date_start: '2025-06-23T16:07:40+03:00',
        date_finish: '2025-06-23T16:07:40+03:00',
        operating_reset_at: 1750684660,
        operating: 0,
      },
    },
  ],
  related: [],
  operation: { kind: 'example' },
})

/** Why each row pairs with no row of the table: the code column is read as the status (see the header). */
const statusColumn =
  "the table's code column holds HTTP statuses; the page's sample error answer sends the table's text as `error`, so the spec's code is that text and its status the column's number; the page gives `error_description` only for the `type` row, the other rows repeat their code as text"

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  {
    path: 'related.crm.entity.mergeBatch',
    docs: 'present',
    reason: 'the model does not know crm.entity.mergeBatch yet (packages/spec/src/known-methods.ts); `related` links only methods it knows',
  },
  {
    path: 'access.permission',
    docs: 'read',
    reason: 'a right on CRM items in general, which the example-backed mock does not store; the rule stays as text',
  },
  ...(
    [
      ['accessDenied', '403', 'Access denied'],
      ['typeMissing', '400', typeMissing],
      ['typeUnsupported', '400', typeUnsupported],
      ['valuesMissing', '400', valuesMissing],
    ] as const
  ).flatMap(([id, status, text]) => [
    { path: `errors[code ${status}, text ${text}]`, docs: 'present', reason: statusColumn },
    { path: `errors[${id}]`, docs: '(absent)', reason: statusColumn },
  ]),
]
