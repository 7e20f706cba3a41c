/**
 * crm.activity.update. Sources: the official pages
 * api-reference/crm/timeline/activities/activity-base/crm-activity-update.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id` and `fields`,
 * `true` as result, the error table and the deprecation in favour of `crm.activity.todo.update`.
 * The page's example changes activity 999, which the default store holds
 * (specs/shared/activity-fields.ts); the owner and type are set on add only.
 */
import { defineMethod } from '@b24kit/spec'
import {
  activityFieldsParam,
  activityIdParam,
  activityNotFoundRow,
  activityWriteCodesNotModelled,
  keepFieldsObject,
  keepInvalidIdRow,
  keepRecodedRow,
  keepUnmodelledCodes,
} from './shared/activity-method.js'
import { createAccessDeniedRow, createDeprecation, invalidIdRow } from './shared/contact-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.activity.update',
  scope: 'crm',
  summary: { ru: 'Изменить дело', en: 'Update an activity' },
  description: {
    ru: 'Метод `crm.activity.update` меняет поля системного дела.',
    en: 'The `crm.activity.update` method changes the fields of a system activity.',
  },
  access: {
    entity: 'activity',
    permission: 'update',
    description: { ru: 'пользователь с правом на изменение дела', en: 'a user allowed to change the activity' },
    deniedError: 'accessDenied',
  },
  params: [activityIdParam, activityFieldsParam('Владелец и тип задаются только при создании.', 'The owner and type are set on add only.')],
  result: { type: 'boolean', const: true, description: { ru: '`true`, если дело изменено', en: '`true` once the activity is changed' } },
  errors: [
    invalidIdRow,
    activityNotFoundRow,
    createAccessDeniedRow('У пользователя нет права на изменение дела', 'The user may not change the activity'),
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'updateActivity999',
      title: { ru: 'Сменить ответственного и описание дела 999', en: 'Change the responsible user and description of activity 999' },
      params: { id: 999, fields: { RESPONSIBLE_ID: 1, DESCRIPTION: 'New description of the activity' } },
      result: true,
    },
  ],
  related: [
    'crm.activity.add',
    'crm.activity.delete',
    'crm.activity.get',
    'crm.activity.list',
    'crm.activity.communication.fields',
    'crm.activity.fields',
  ],
  deprecated: createDeprecation('crm.activity.todo.update'),
  operation: { kind: 'update', entity: 'activity', by: 'id', fields: 'fields', notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  keepInvalidIdRow,
  ...keepRecodedRow('Activity is not found', 'notFound'),
  ...keepRecodedRow('Access denied', 'accessDenied'),
  ...keepUnmodelledCodes([...activityWriteCodesNotModelled, 'Use crm.activity.configurable.update for this activity provider']),
  keepFieldsObject,
]
