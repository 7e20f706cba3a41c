/**
 * crm.requisite.link.unregister. Sources: the official pages
 * api-reference/crm/requisites/links/crm-requisite-link-unregister.md in bitrix24/b24restdocs (English)
 * and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `entityTypeId`, `entityId`, `true` as
 * result, the object rows (the sample answer carries the final period) and `Access denied`.
 * Example-backed (specs/shared/requisite-link-method.ts): the page removes invoice 315's link.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow } from './shared/contact-method.js'
import { type DocsDifference, keepTextsFromCodeColumn } from './shared/docs-differences.js'
import {
  createLinkAccess,
  createLinkAccessDifference,
  linkObjectParams,
  linkObjectRows,
  listLinkSiblings,
} from './shared/requisite-link-method.js'

export default defineMethod({
  method: 'crm.requisite.link.unregister',
  scope: 'crm',
  summary: { ru: 'Удалить связь объекта с реквизитами', en: "Remove an object's requisite link" },
  description: {
    ru: 'Метод `crm.requisite.link.unregister` убирает из объекта выбранные реквизиты клиента и вашей компании.',
    en: "The `crm.requisite.link.unregister` method clears the client's and your company's requisites an object uses.",
  },
  access: createLinkAccess('изменения', 'edit'),
  params: linkObjectParams,
  result: { type: 'boolean', const: true, description: { ru: '`true`, если связь удалена', en: '`true` when the link was removed' } },
  errors: [...linkObjectRows, createAccessDeniedRow('У пользователя нет права на изменение объекта', 'The user may not edit the object')],
  errorExample: 'invalidEntityId',
  examples: [
    {
      id: 'unregisterInvoice315Link',
      title: { ru: 'Удалить связь счета 315', en: "Remove invoice 315's link" },
      params: { entityTypeId: 31, entityId: 315 },
      result: true,
    },
  ],
  related: listLinkSiblings('crm.requisite.link.unregister'),
  operation: { kind: 'example', entity: 'requisite' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  createLinkAccessDifference('update'),
  ...keepTextsFromCodeColumn({
    invalidEntityTypeId: 'entityTypeId is not defined or invalid',
    invalidEntityId: 'entityId is not defined or invalid',
    accessDenied: 'Access denied',
  }),
]
