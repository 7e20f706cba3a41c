/**
 * crm.requisite.link.register. Sources: the official pages
 * api-reference/crm/requisites/links/crm-requisite-link-register.md in bitrix24/b24restdocs (English)
 * and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `fields` (the object and the four
 * ids), `true` as result, the missing-id rows and the not-found and not-assigned rows (their texts
 * carry the ids the page's table prints; the server puts the call's ids there), and the sample's
 * `Entity is not found`. Example-backed (specs/shared/requisite-link-method.ts): the page links
 * invoice 315 to requisite 60, bank detail 24 and your company's requisite and bank detail 2.
 */
import { defineMethod } from '@b24kit/spec'
import { type DocsDifference, keepTextsFromCodeColumn } from './shared/docs-differences.js'
import { createLinkAccess, createLinkAccessDifference, createLinkIdRow, listLinkSiblings } from './shared/requisite-link-method.js'

/** The rows whose text names ids, as the page's table prints them: id, text, kind, when (ru, en). */
const lookupRows = (
  [
    [
      'requisiteNotFound',
      "The Requisite with ID '60' is not found",
      'notFound',
      'Реквизита клиента нет',
      "The client's requisite does not exist",
    ],
    [
      'requisiteNotAssigned',
      "The Requisite with ID '60' is not assigned to Company with ID '5'",
      'invalidParams',
      'Реквизит не принадлежит клиенту объекта',
      "The requisite is not the object's client's",
    ],
    [
      'bankDetailNotFound',
      "The BankDetail with ID '24' is not found",
      'notFound',
      'Банковского реквизита клиента нет',
      "The client's bank detail does not exist",
    ],
    [
      'bankDetailNotAssigned',
      "The BankDetail with ID '24' is not assigned to Requisite with ID '60'",
      'invalidParams',
      'Банковский реквизит не принадлежит реквизиту клиента',
      "The bank detail is not the client's requisite's",
    ],
    [
      'myRequisiteNotFound',
      "The Requisite of your company with ID '2' is not found",
      'notFound',
      'Реквизита вашей компании нет',
      "Your company's requisite does not exist",
    ],
    [
      'myRequisiteNotAssigned',
      "The Requisite with ID '2' is not assigned to your company with ID '3010'",
      'invalidParams',
      'Реквизит не принадлежит вашей компании объекта',
      "The requisite is not the object's own company's",
    ],
    [
      'myBankDetailNotFound',
      "The BankDetail of your company with ID '2' is not found",
      'notFound',
      'Банковского реквизита вашей компании нет',
      "Your company's bank detail does not exist",
    ],
    [
      'myBankDetailNotAssigned',
      "The BankDetail of your company with ID '2' is not assigned to Requisite of your company with ID '2'",
      'invalidParams',
      'Банковский реквизит не принадлежит реквизиту вашей компании',
      "The bank detail is not your company's requisite's",
    ],
  ] as const
).map(([id, text, kind, ru, en]) => ({ id, code: '', status: 400, text, kind, when: { ru, en } }))

/** The missing-id rows: row id, field, ru and en words. */
const idRows = (
  [
    ['invalidEntityTypeId', 'ENTITY_TYPE_ID', 'тип объекта', 'the object type'],
    ['invalidEntityId', 'ENTITY_ID', 'объект', 'the object'],
    ['invalidRequisiteId', 'REQUISITE_ID', 'реквизит клиента', "the client's requisite"],
    ['invalidBankDetailId', 'BANK_DETAIL_ID', 'банковский реквизит клиента', "the client's bank detail"],
    ['invalidMcRequisiteId', 'MC_REQUISITE_ID', 'реквизит вашей компании', "your company's requisite"],
    ['invalidMcBankDetailId', 'MC_BANK_DETAIL_ID', 'банковский реквизит вашей компании', "your company's bank detail"],
  ] as const
).map(([id, name, ru, en]) => createLinkIdRow(id, name, ru, en))

export default defineMethod({
  method: 'crm.requisite.link.register',
  scope: 'crm',
  summary: { ru: 'Связать объект с реквизитами', en: 'Link an object to requisites' },
  description: {
    ru: 'Метод `crm.requisite.link.register` выбирает в сделке, предложении или счете реквизит и банковский реквизит клиента и вашей компании.',
    en: "The `crm.requisite.link.register` method sets the client's and your company's requisite and bank detail of a deal, quote or invoice.",
  },
  access: createLinkAccess('изменения', 'edit'),
  params: [
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Связь (`crm.requisite.link.fields`): `ENTITY_TYPE_ID`, `ENTITY_ID`, `REQUISITE_ID`, `BANK_DETAIL_ID`, `MC_REQUISITE_ID`, `MC_BANK_DETAIL_ID`; 0 значит «не выбран».',
        en: 'The link (`crm.requisite.link.fields`): `ENTITY_TYPE_ID`, `ENTITY_ID`, `REQUISITE_ID`, `BANK_DETAIL_ID`, `MC_REQUISITE_ID`, `MC_BANK_DETAIL_ID`; 0 means none.',
      },
    },
  ],
  result: { type: 'boolean', const: true, description: { ru: '`true`, если связь сохранена', en: '`true` when the link was saved' } },
  errors: [
    ...idRows,
    ...lookupRows,
    {
      id: 'entityNotFound',
      code: '',
      status: 400,
      text: 'Entity is not found',
      kind: 'notFound',
      when: { ru: 'Объекта с такими типом и идентификатором нет', en: 'No object has that type and ID' },
    },
  ],
  errorExample: 'entityNotFound',
  examples: [
    {
      id: 'linkInvoice315',
      title: { ru: 'Выбрать реквизиты в счете 315', en: 'Set the requisites of invoice 315' },
      params: {
        fields: { ENTITY_TYPE_ID: 31, ENTITY_ID: 315, REQUISITE_ID: 60, BANK_DETAIL_ID: 24, MC_REQUISITE_ID: 2, MC_BANK_DETAIL_ID: 2 },
      },
      result: true,
    },
  ],
  related: listLinkSiblings('crm.requisite.link.register'),
  operation: { kind: 'example', entity: 'requisite' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  createLinkAccessDifference('update'),
  ...keepTextsFromCodeColumn({
    ...Object.fromEntries(idRows.map((r) => [r.id, r.text.replace(/\.$/, '')])),
    ...Object.fromEntries(lookupRows.map((r) => [r.id, r.text])),
  }),
  {
    path: 'errors[entityNotFound]',
    docs: '(absent)',
    reason: "the page's sample error answer sends it (no object with that type and id); its table leaves the row out",
  },
]
