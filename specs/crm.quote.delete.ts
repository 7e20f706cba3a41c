/**
 * crm.quote.delete. Sources: the official pages api-reference/crm/quote/crm-quote-delete.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, `true` as result, the `ID is not defined or invalid.`, `Access denied.` and `ERROR_CORE`
 * (element not found, worded per language) rows and the deprecation in favour of `crm.item.delete`.
 * The page names no linked objects, so the mock does not cascade. The page's example deletes quote
 * 43; the default store holds it (specs/shared/entities.ts).
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, createDeprecation, invalidIdRow } from './shared/contact-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { listQuoteSiblings, quoteIdParam, quoteProductRowLinks } from './shared/quote-method.js'

export default defineMethod({
  method: 'crm.quote.delete',
  scope: 'crm',
  summary: { ru: 'Удалить предложение', en: 'Delete a quote' },
  description: {
    ru: 'Метод `crm.quote.delete` удаляет предложение.',
    en: 'The `crm.quote.delete` method deletes a quote.',
  },
  access: {
    entity: 'quote',
    permission: 'delete',
    description: { ru: 'пользователь с правом на удаление предложений', en: 'a user allowed to delete quotes' },
    deniedError: 'accessDenied',
  },
  params: [quoteIdParam],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: 'Корневой элемент ответа, `true` в случае успеха', en: 'The root element of the answer; `true` on success' },
  },
  errors: [
    invalidIdRow,
    createAccessDeniedRow('У пользователя нет права на удаление предложения', 'The user may not delete the quote'),
    {
      id: 'notFound',
      code: 'ERROR_CORE',
      status: 400,
      text: { ru: 'Элемент не найден', en: 'Element not found' },
      kind: 'notFound',
      when: { ru: 'Предложение с переданным `id` не найдено', en: 'No quote has the given `id`' },
    },
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'deleteQuote43',
      title: { ru: 'Удалить предложение с `id = 43`', en: 'Delete the quote with `id = 43`' },
      params: { id: 43 },
      result: true,
    },
  ],
  related: [...listQuoteSiblings('crm.quote.delete'), ...quoteProductRowLinks],
  deprecated: createDeprecation('crm.item.delete'),
  operation: { kind: 'delete', entity: 'quote', by: 'id', cascade: false, notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
