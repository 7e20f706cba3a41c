/**
 * crm.entity.mergeBatch. Sources: the official pages
 * api-reference/crm/duplicates/crm-entity-merge-batch.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `params` (entityTypeId, entityIds),
 * the `{ STATUS, ENTITY_IDS }` answer and the error table (its code column, 403 and 400, as the
 * page gives it). Example-backed: a merge moves field values between records by rules the mock does
 * not model; it answers the page's merge of contacts 100, 101 and 102 and `Owner was not found`
 * for any other set.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createErrorRow } from './shared/item-method.js'

const row = (
  id: string,
  code: string,
  text: string,
  ru: string,
  en: string,
  kind: 'invalidParams' | 'notFound' | 'accessDenied' = 'invalidParams',
) => createErrorRow(id, code, text, kind, ru, en)

export default defineMethod({
  method: 'crm.entity.mergeBatch',
  scope: 'crm',
  summary: { ru: 'Объединить дубликаты', en: 'Merge duplicates' },
  description: {
    ru: 'Метод `crm.entity.mergeBatch` объединяет несколько записей одного типа в первую из `entityIds`; остальные после слияния удаляются.',
    en: 'The `crm.entity.mergeBatch` method merges several records of one type into the first of `entityIds`; the others are deleted after the merge.',
  },
  access: {
    description: {
      ru: 'пользователь с правом изменять главную запись и удалять остальные',
      en: 'a user allowed to edit the main record and to delete the others',
    },
  },
  params: [
    {
      name: 'params',
      type: 'object',
      required: true,
      description: { ru: 'Что объединять.', en: 'What to merge.' },
      properties: [
        {
          name: 'entityTypeId',
          type: 'integer',
          required: true,
          description: {
            ru: 'Тип объекта CRM: лид 1, сделка 2, контакт 3, компания 4, предложение 7, счет 31 или смарт-процесс.',
            en: 'The CRM object type: lead 1, deal 2, contact 3, company 4, quote 7, invoice 31 or a smart process.',
          },
        },
        {
          name: 'entityIds',
          type: 'array',
          required: true,
          items: { type: 'integer' },
          description: {
            ru: 'ID объединяемых записей, не меньше двух; первая остается главной.',
            en: 'The IDs of the records to merge, two or more; the first stays as the main one.',
          },
        },
      ],
    },
  ],
  result: {
    type: 'object',
    description: { ru: 'Итог слияния и ID удаленных записей', en: 'The merge outcome and the IDs of the deleted records' },
    properties: [
      {
        name: 'STATUS',
        type: 'string',
        required: true,
        enum: [
          { value: 'SUCCESS', description: { ru: 'записи объединены', en: 'the records are merged' } },
          {
            value: 'CONFLICT',
            description: { ru: 'значения конфликтуют, нужно ручное слияние', en: 'values conflict; a manual merge is needed' },
          },
          { value: 'ERROR', description: { ru: 'произошла ошибка', en: 'an error occurred' } },
        ],
        description: { ru: 'Итог слияния', en: 'The merge outcome' },
      },
      {
        name: 'ENTITY_IDS',
        type: 'array',
        required: true,
        items: { type: 'integer' },
        description: { ru: 'ID записей, удаленных при слиянии', en: 'The IDs of the records deleted by the merge' },
      },
    ],
  },
  errors: [
    row(
      'accessDenied',
      '403',
      'Access denied',
      'Нет права изменять или удалять записи',
      'No right to edit or delete the records',
      'accessDenied',
    ),
    row(
      'entityTypeIdMissing',
      '400',
      'The parameter entityTypeId is required.',
      'Не передан `entityTypeId`',
      '`entityTypeId` is not given',
    ),
    row(
      'entityIdsInvalid',
      '400',
      'The parameter entityIds does not contains valid elements.',
      'В `entityIds` нет годных ID',
      '`entityIds` holds no valid IDs',
    ),
    row(
      'entityIdsTooFew',
      '400',
      'The parameter entityIds must contains at least two elements.',
      'В `entityIds` меньше двух ID',
      '`entityIds` holds fewer than two IDs',
    ),
    row('ownerNotFound', '400', 'Owner was not found', 'Записи с таким ID нет', 'No record has such an ID', 'notFound'),
    row(
      'typeUnsupported',
      '400',
      'Entity type {entityTypeName} is not supported',
      'Этот тип объекта нельзя объединять; сервер называет тип',
      'This object type cannot be merged; the server names the type',
    ),
    row(
      'featureRestricted',
      '400',
      'CRM_FEATURE_RESTRICTION_ERROR',
      'Тариф портала не позволяет объединять записи',
      "The portal's plan does not allow merging",
      'accessDenied',
    ),
  ],
  errorExample: 'entityIdsTooFew',
  examples: [
    {
      id: 'mergeThreeContacts',
      title: { ru: 'Объединить контакты 100, 101 и 102', en: 'Merge contacts 100, 101 and 102' },
      params: { params: { entityTypeId: 3, entityIds: [100, 101, 102] } },
      result: { STATUS: 'SUCCESS', ENTITY_IDS: [101, 102] },
      time: {
        start: 1750754639.300838,
        finish: 1750754641.350269,
        duration: 2.049431085586548,
        processing: 2.0271031856536865,
        date_start: '2025-06-24T11:43:59+03:00',
        date_finish: '2025-06-24T11:44:01+03:00',
        operating_reset_at: 1750755239,
        operating: 0,
      },
    },
  ],
  related: ['crm.duplicate.findbycomm'],
  operation: { kind: 'example', noMatch: 'ownerNotFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  {
    path: 'access.permission',
    docs: 'delete',
    reason:
      'the rule asks edit on the main record and delete on the others, of any type; the mock has no such per-record check, so the rule stays text',
  },
]
