/**
 * crm.company.delete. Sources:
 * - scope, who may call it, summary, description, the `id` parameter, the sample answer with its `time`
 *   block, the error rows `Access denied` and `Company is not found` (code `-`, so empty), deprecation
 *   in favour of `crm.item.delete`: the official pages api-reference/crm/companies/crm-company-delete.md
 *   in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian).
 * - the `ID is not defined or invalid.` row, HTTP 400 for every row, `ID`/`id` spellings and the PHP
 *   cast: the sibling page api-reference/crm/contacts/crm-contact-delete.md (the crm.*.delete
 *   methods share one server path) and settings/how-to-call-rest-api/general-principles.md; the company page lists no invalid-id row, but the server path answers it.
 * - the page says only that the company is removed (no linked objects), so the mock does not cascade.
 * - the page's example deletes company 50; the default store holds it (specs/shared/entities.ts).
 */
import { defineMethod } from '@b24kit/spec'
import { companyIdParam, listCompanySiblings } from './shared/company-method.js'
import { createAccessDeniedRow, createDeprecation, invalidIdRow } from './shared/contact-method.js'
import { type DocsDifference, keepFinalPeriods } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.company.delete',
  scope: 'crm',
  summary: { ru: 'Удалить компанию', en: 'Delete a company' },
  description: {
    ru: 'Метод `crm.company.delete` удаляет компанию.',
    en: 'The `crm.company.delete` method deletes a company.',
  },
  access: {
    entity: 'company',
    permission: 'delete',
    description: {
      ru: 'пользователь с правом «Удаление» компаний',
      en: 'a user with the "delete" permission on companies',
    },
    deniedError: 'accessDenied',
  },
  params: [companyIdParam],
  result: {
    type: 'boolean',
    const: true,
    description: {
      ru: 'Корневой элемент ответа, возвращает `true` в случае успеха',
      en: 'The root element of the answer; `true` on success',
    },
  },
  errors: [
    invalidIdRow,
    createAccessDeniedRow('У пользователя нет права на «Удаление» компаний', 'The user lacks the "delete" permission on companies'),
    {
      id: 'notFound',
      code: '',
      status: 400,
      text: 'Company is not found',
      kind: 'notFound',
      when: { ru: 'Компания не найдена', en: 'No company has the given `id`' },
    },
  ],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'deleteCompany50',
      title: { ru: 'Удалить компанию с `id = 50`', en: 'Delete the company with `id = 50`' },
      params: { ID: 50 },
      result: true,
      time: {
        start: 1769497083,
        finish: 1769497084.786988,
        duration: 1.7869880199432373,
        processing: 1,
        date_start: '2026-01-27T09:58:03+03:00',
        date_finish: '2026-01-27T09:58:04+03:00',
        operating_reset_at: 1769497683,
        operating: 1.564450979232788,
      },
    },
  ],
  related: listCompanySiblings('crm.company.delete'),
  deprecated: createDeprecation('crm.item.delete'),
  operation: { kind: 'delete', entity: 'company', by: 'id', cascade: false, notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepFinalPeriods({ accessDenied: 'Access denied' }),
  {
    path: 'errors[invalidId]',
    docs: '(absent)',
    reason: "the server answers a missing or bad id with this row, as the sibling delete pages list; this page's table leaves it out",
  },
]
