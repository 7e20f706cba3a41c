/**
 * crm.quote.update. Sources: the official pages api-reference/crm/quote/crm-quote-update.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, `fields`, `params` (`REGISTER_HISTORY_EVENT`), `true` as result, the
 * `ID is not defined or invalid.`, `Access denied.` and `Quote is not found` rows and the deprecation
 * in favour of `crm.item.update`. The page's example changes quote 43; the default store holds it
 * (specs/shared/entities.ts).
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, createDeprecation, invalidIdRow } from './shared/contact-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { listQuoteSiblings, quoteIdParam, quoteProductRowLinks, quoteWriteRowsNotModelled } from './shared/quote-method.js'

export default defineMethod({
  method: 'crm.quote.update',
  scope: 'crm',
  summary: { ru: 'Изменить предложение', en: 'Update a quote' },
  description: {
    ru: 'Метод `crm.quote.update` изменяет поля существующего предложения. Поля, не переданные в `fields`, остаются как были.',
    en: 'The `crm.quote.update` method changes the fields of an existing quote. Fields left out of `fields` keep their values.',
  },
  access: {
    entity: 'quote',
    permission: 'update',
    description: { ru: 'пользователь с правом на изменение предложений', en: 'a user allowed to edit quotes' },
    deniedError: 'accessDenied',
  },
  params: [
    quoteIdParam,
    {
      name: 'fields',
      type: 'object',
      required: false,
      description: { ru: 'Изменяемые поля (`crm.quote.fields`).', en: 'The fields to change (`crm.quote.fields`).' },
    },
    {
      name: 'params',
      type: 'object',
      required: false,
      description: {
        ru: 'Набор параметров: `REGISTER_HISTORY_EVENT` (`Y`/`N`) пишет изменение в историю.',
        en: 'Options: `REGISTER_HISTORY_EVENT` (`Y`/`N`) records the change in the history.',
      },
    },
  ],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: 'Корневой элемент ответа, `true` в случае успеха', en: 'The root element of the answer; `true` on success' },
  },
  errors: [
    invalidIdRow,
    createAccessDeniedRow('У пользователя нет права на изменение предложения', 'The user may not edit the quote'),
    {
      id: 'notFound',
      code: '',
      status: 400,
      text: 'Quote is not found',
      kind: 'notFound',
      when: { ru: 'Предложение с переданным `id` не найдено', en: 'No quote has the given `id`' },
    },
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'updateQuote43',
      title: { ru: 'Перевести предложение 43 в стадию «Отправлено»', en: 'Move quote 43 to the Sent stage' },
      params: {
        id: 43,
        fields: { STATUS_ID: 'SENT', COMMENTS: 'Conditions and deadlines clarified' },
        params: { REGISTER_HISTORY_EVENT: 'Y' },
      },
      result: true,
    },
  ],
  related: [...listQuoteSiblings('crm.quote.update'), ...quoteProductRowLinks],
  deprecated: createDeprecation('crm.item.update'),
  operation: { kind: 'update', entity: 'quote', by: 'id', fields: 'fields', notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...quoteWriteRowsNotModelled]
