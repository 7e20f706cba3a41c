/**
 * crm.requisite.link.fields. Sources: the official pages
 * api-reference/crm/requisites/links/crm-requisite-link-fields.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, any user may call it, no parameters, field name ->
 * type and flags. Example-backed: the answer is built from specs/shared/requisite-link-method.ts's
 * field list, titles in the default portal language (ru).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { describeFields } from './shared/field.js'
import { linkFields, listLinkSiblings } from './shared/requisite-link-method.js'
import { anyUserFieldsParts } from './shared/requisite-method.js'

export default defineMethod({
  method: 'crm.requisite.link.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля связи реквизитов', en: 'Get the requisite link fields' },
  description: {
    ru: 'Метод `crm.requisite.link.fields` возвращает описание полей связи объекта с реквизитами.',
    en: "The `crm.requisite.link.fields` method returns the description of the fields of an object's requisite link.",
  },
  ...anyUserFieldsParts,
  examples: [
    {
      id: 'getLinkFields',
      title: { ru: 'Получить поля связи', en: 'Get the link fields' },
      params: {},
      result: describeFields(linkFields),
    },
  ],
  related: listLinkSiblings('crm.requisite.link.fields'),
  operation: { kind: 'example', entity: 'requisite' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
