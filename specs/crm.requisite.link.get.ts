/**
 * crm.requisite.link.get. Sources: the official pages
 * api-reference/crm/requisites/links/crm-requisite-link-get.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `entityTypeId`, `entityId`, the link as
 * result, the object rows, `Not found` (its sample answer) and `Access denied`. Example-backed
 * (specs/shared/requisite-link-method.ts): the page reads invoice 315's link; another object answers
 * `Not found`.
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
  method: 'crm.requisite.link.get',
  scope: 'crm',
  summary: { ru: 'Получить связь объекта с реквизитами', en: "Get an object's requisite link" },
  description: {
    ru: 'Метод `crm.requisite.link.get` возвращает, какие реквизиты и банковские реквизиты клиента и вашей компании выбраны в объекте.',
    en: "The `crm.requisite.link.get` method returns which of the client's and your company's requisites and bank details an object uses.",
  },
  access: createLinkAccess('чтения', 'read'),
  params: linkObjectParams,
  result: {
    type: 'object',
    description: { ru: 'Связь: поля как в `crm.requisite.link.fields`', en: 'The link, fields as `crm.requisite.link.fields` lists them' },
  },
  errors: [
    ...linkObjectRows,
    {
      id: 'notFound',
      code: '',
      status: 400,
      text: 'Not found',
      kind: 'notFound',
      when: { ru: 'У объекта нет связи с реквизитами', en: 'The object has no requisite link' },
    },
    createAccessDeniedRow('У пользователя нет права на чтение объекта', 'The user may not read the object'),
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'getInvoice315Link',
      title: { ru: 'Получить связь счета 315', en: "Get invoice 315's link" },
      params: { entityTypeId: 31, entityId: 315 },
      result: {
        ENTITY_TYPE_ID: 31,
        ENTITY_ID: 315,
        REQUISITE_ID: '60',
        BANK_DETAIL_ID: '24',
        MC_REQUISITE_ID: '2',
        MC_BANK_DETAIL_ID: '2',
      },
    },
  ],
  related: listLinkSiblings('crm.requisite.link.get'),
  operation: { kind: 'example', entity: 'requisite', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  createLinkAccessDifference('read'),
  ...keepTextsFromCodeColumn({
    invalidEntityTypeId: 'entityTypeId is not defined or invalid',
    invalidEntityId: 'entityId is not defined or invalid',
    notFound: 'Not found',
    accessDenied: 'Access denied',
  }),
]
