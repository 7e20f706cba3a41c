/**
 * crm.requisite.bankdetail.fields. Sources: the official pages
 * api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-fields.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, any user may call it, no parameters, field name ->
 * type, isRequired, isReadOnly, isImmutable, isMultiple, isDynamic, title. The example's answer is built
 * from the field list the mock serves (specs/shared/bank-detail-fields.ts), titles in the default
 * portal language (ru), without the sample portal's custom fields.
 */
import { defineMethod } from '@b24kit/spec'
import { bankDetailFields } from './shared/bank-detail-fields.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { describeFields } from './shared/field.js'
import { anyUserFieldsParts, listBankDetailSiblings } from './shared/requisite-method.js'

export default defineMethod({
  method: 'crm.requisite.bankdetail.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля банковского реквизита', en: 'Get the bank detail fields' },
  description: {
    ru: 'Метод `crm.requisite.bankdetail.fields` возвращает описание полей банковского реквизита.',
    en: 'The `crm.requisite.bankdetail.fields` method returns the description of the bank detail fields.',
  },
  ...anyUserFieldsParts,
  examples: [
    {
      id: 'getBankDetailFields',
      title: { ru: 'Получить поля банковского реквизита', en: 'Get the bank detail fields' },
      params: {},
      result: describeFields(bankDetailFields),
    },
  ],
  related: listBankDetailSiblings('crm.requisite.bankdetail.fields'),
  operation: { kind: 'fields', entity: 'bankDetail' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
