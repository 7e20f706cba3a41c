/**
 * crm.requisite.update. Sources: the official pages
 * api-reference/crm/requisites/universal/crm-requisite-update.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, `fields`, `true` as result, the
 * not-found, `ID is not defined or invalid.`, owner, preset and `Access denied.` rows. The page's
 * example changes requisite 27, which the default store holds; the sample portal's custom fields are
 * left out of it.
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow, invalidIdRow } from './shared/contact-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  createRequisiteAccess,
  createRequisiteNotFoundRow,
  listRequisiteSiblings,
  requisiteIdParam,
  requisiteOwnerRows,
} from './shared/requisite-method.js'

export default defineMethod({
  method: 'crm.requisite.update',
  scope: 'crm',
  summary: { ru: 'Изменить реквизит', en: 'Update a requisite' },
  description: {
    ru: 'Метод `crm.requisite.update` изменяет поля реквизита. Поля, не переданные в `fields`, остаются как были; владельца и шаблон сменить нельзя.',
    en: 'The `crm.requisite.update` method changes the fields of a requisite. Fields left out of `fields` keep their values; the owner and preset cannot change.',
  },
  access: createRequisiteAccess('update', 'изменения', 'edit'),
  params: [
    requisiteIdParam,
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: { ru: 'Изменяемые поля (`crm.requisite.fields`).', en: 'The fields to change (`crm.requisite.fields`).' },
    },
  ],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: '`true`, если реквизит изменен', en: '`true` when the requisite was changed' },
  },
  errors: [
    createRequisiteNotFoundRow(57),
    invalidIdRow,
    ...requisiteOwnerRows,
    createAccessDeniedRow('У пользователя нет права на изменение реквизита', 'The user may not edit the requisite'),
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'updateRequisite27',
      title: { ru: 'Задать коды ОКПО и ОКТМО реквизиту 27', en: 'Set the OKPO and OKTMO codes of requisite 27' },
      params: { id: 27, fields: { RQ_OKPO: '80715150', RQ_OKTMO: '45381000000' } },
      result: true,
    },
  ],
  related: listRequisiteSiblings('crm.requisite.update'),
  operation: { kind: 'update', entity: 'requisite', by: 'id', fields: 'fields', notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
