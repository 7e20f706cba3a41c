/**
 * crm.status.entity.items. Sources: the official pages
 * api-reference/crm/status/crm-status-entity-items.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any user), `entityId`, the items
 * (name, sort, code) and the `Access denied.` and `entityId` rows. Example-backed: the answer is the
 * page's, the general pipeline's deal stages; the model has no list operation that answers a chosen
 * subset of fields with SORT as a number.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createStatusDeniedRow, keepEmptyStatusCodes, listStatusSiblings } from './shared/status-method.js'

export default defineMethod({
  method: 'crm.status.entity.items',
  scope: 'crm',
  summary: { ru: 'Получить элементы справочника', en: 'Get the items of a directory' },
  description: {
    ru: 'Метод `crm.status.entity.items` возвращает элементы одного справочника CRM в порядке сортировки.',
    en: 'The `crm.status.entity.items` method returns the items of one CRM directory in sort order.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [
    {
      name: 'entityId',
      type: 'string',
      required: true,
      description: {
        ru: 'Код справочника (`crm.status.entity.types`), например `DEAL_STAGE`.',
        en: 'The directory code (`crm.status.entity.types`), such as `DEAL_STAGE`.',
      },
    },
  ],
  result: {
    type: 'array',
    description: { ru: 'Элементы: `NAME`, `SORT`, `STATUS_ID`', en: 'The items: `NAME`, `SORT`, `STATUS_ID`' },
  },
  errors: [
    createStatusDeniedRow('У пользователя нет доступа к CRM', 'The user has no access to CRM'),
    {
      id: 'invalidEntityId',
      code: '',
      status: 400,
      text: 'The parameter entityId is not defined or invalid.',
      kind: 'invalidParams',
      when: { ru: '`entityId` не передан или не называет справочник', en: '`entityId` is missing or names no directory' },
    },
  ],
  errorExample: 'invalidEntityId',
  examples: [
    {
      id: 'listDealStageItems',
      title: { ru: 'Стадии сделок общей воронки', en: 'The general pipeline deal stages' },
      params: { entityId: 'DEAL_STAGE' },
      result: [
        { NAME: 'New', SORT: 10, STATUS_ID: 'NEW' },
        { NAME: 'Document preparation', SORT: 20, STATUS_ID: 'PREPARATION' },
        { NAME: 'Prepayment invoice', SORT: 30, STATUS_ID: 'PREPAYMENT_INVOICE' },
        { NAME: 'In progress', SORT: 40, STATUS_ID: 'EXECUTING' },
        { NAME: 'Final invoice', SORT: 50, STATUS_ID: 'FINAL_INVOICE' },
        { NAME: 'Deal successful', SORT: 60, STATUS_ID: 'WON' },
        { NAME: 'Deal failed', SORT: 70, STATUS_ID: 'LOSE' },
        { NAME: 'Failure reason analysis', SORT: 80, STATUS_ID: 'APOLOGY' },
      ],
    },
  ],
  related: listStatusSiblings('crm.status.get'),
  operation: { kind: 'example', entity: 'status' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepEmptyStatusCodes([
    ['accessDenied', 'Access denied.'],
    ['invalidEntityId', 'The parameter entityId is not defined or invalid.'],
  ]),
]
