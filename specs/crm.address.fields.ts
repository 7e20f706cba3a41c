/**
 * crm.address.fields. Sources: the official pages
 * api-reference/crm/requisites/addresses/crm-address-fields.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, any user may call it, no parameters, field name ->
 * type and flags. Example-backed: the answer is built from specs/shared/address-method.ts's field list,
 * titles in the default portal language (ru).
 */
import { defineMethod } from '@b24kit/spec'
import { addressFields, listAddressSiblings } from './shared/address-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { describeFields } from './shared/field.js'
import { anyUserFieldsParts } from './shared/requisite-method.js'

export default defineMethod({
  method: 'crm.address.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля адреса', en: 'Get the address fields' },
  description: {
    ru: 'Метод `crm.address.fields` возвращает описание полей адреса.',
    en: 'The `crm.address.fields` method returns the description of the address fields.',
  },
  ...anyUserFieldsParts,
  examples: [
    {
      id: 'getAddressFields',
      title: { ru: 'Получить поля адреса', en: 'Get the address fields' },
      params: {},
      result: describeFields(addressFields),
    },
  ],
  related: listAddressSiblings('crm.address.fields'),
  operation: { kind: 'example', entity: 'requisite' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
