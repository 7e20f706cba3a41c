/**
 * crm.requisite.fields. Sources: the official pages
 * api-reference/crm/requisites/universal/crm-requisite-fields.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, any user may call it, no parameters, field name ->
 * type, isRequired, isReadOnly, isImmutable, isMultiple, isDynamic, title. The example's answer is built
 * from the field list the mock serves (specs/shared/requisite-fields.ts), titles in the default
 * portal language (ru), without the sample portal's custom fields.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { describeFields } from './shared/field.js'
import { requisiteFields } from './shared/requisite-fields.js'
import { anyUserFieldsParts, listRequisiteSiblings } from './shared/requisite-method.js'
import { requisiteLineField } from './shared/requisite-userfield.js'
import { describeUserField } from './shared/userfield-method.js'

export default defineMethod({
  method: 'crm.requisite.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля реквизита', en: 'Get the requisite fields' },
  description: {
    ru: 'Метод `crm.requisite.fields` возвращает описание полей реквизита, в том числе пользовательских.',
    en: 'The `crm.requisite.fields` method returns the description of the requisite fields, custom ones included.',
  },
  ...anyUserFieldsParts,
  examples: [
    {
      id: 'getRequisiteFields',
      title: { ru: 'Получить поля реквизита', en: 'Get the requisite fields' },
      params: {},
      result: { ...describeFields(requisiteFields), ...describeUserField(requisiteLineField) },
    },
  ],
  related: listRequisiteSiblings('crm.requisite.fields'),
  operation: { kind: 'fields', entity: 'requisite' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
