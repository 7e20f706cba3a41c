/**
 * crm.activity.add. Sources: the official pages
 * api-reference/crm/timeline/activities/activity-base/crm-activity-add.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `fields`, the new id as
 * result, the error table and the deprecation in favour of `crm.activity.todo.add`; the field list:
 * crm-activity-fields.md (specs/shared/activity-fields.ts). The page's example sends the same fields;
 * its answer's id, 999, is the portal's, here the next id after the default store's activity 999.
 * The mock stores the typed fields, COMMUNICATIONS and FILES as sent; the rows that check them (and
 * SUBJECT, RESPONSIBLE_ID, TYPE_ID) are not modelled yet.
 */
import { defineMethod } from '@b24kit/spec'
import {
  activityFieldsParam,
  activityWriteCodesNotModelled,
  emailSendCodes,
  keepFieldsObject,
  keepRecodedRow,
  keepUnmodelledCodes,
} from './shared/activity-method.js'
import { createAccessDeniedRow, createDeprecation } from './shared/contact-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.activity.add',
  scope: 'crm',
  summary: { ru: 'Создать дело', en: 'Add an activity' },
  description: {
    ru: 'Метод `crm.activity.add` создает системное дело (звонок, встречу, письмо) и возвращает его идентификатор.',
    en: 'The `crm.activity.add` method creates a system activity (a call, a meeting, an e-mail) and returns its ID.',
  },
  access: {
    entity: 'activity',
    permission: 'add',
    description: { ru: 'пользователь с правом на создание дел', en: 'a user allowed to add activities' },
    deniedError: 'accessDenied',
  },
  params: [
    activityFieldsParam(
      '`OWNER_TYPE_ID`, `OWNER_ID`, `TYPE_ID`, `SUBJECT`, `RESPONSIBLE_ID` и `COMMUNICATIONS` обязательны.',
      '`OWNER_TYPE_ID`, `OWNER_ID`, `TYPE_ID`, `SUBJECT`, `RESPONSIBLE_ID` and `COMMUNICATIONS` are required.',
    ),
  ],
  result: {
    type: 'integer',
    description: { ru: 'Идентификатор созданного дела', en: 'The ID of the new activity' },
  },
  errors: [createAccessDeniedRow('У пользователя нет права на создание дел у владельца', 'The user may not add activities to the owner')],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'addCall',
      title: { ru: 'Создать исходящий звонок по сделке', en: 'Add an outgoing call to a deal' },
      params: {
        fields: {
          OWNER_TYPE_ID: 2,
          OWNER_ID: 102,
          TYPE_ID: 2,
          COMMUNICATIONS: [{ VALUE: '+499832322323', ENTITY_ID: 134, ENTITY_TYPE_ID: 3 }],
          SUBJECT: 'New call',
          START_TIME: '2023-12-31T12:00:00+00:00',
          END_TIME: '2023-12-31T12:30:00+00:00',
          COMPLETED: 'N',
          PRIORITY: 3,
          RESPONSIBLE_ID: 1,
          DESCRIPTION: 'Important call',
          DESCRIPTION_TYPE: 3,
          DIRECTION: 2,
          FILES: [{ fileData: ['example.jpg', 'base64_encoded_content_here'] }],
        },
      },
      result: 1000,
    },
  ],
  related: [
    'crm.activity.update',
    'crm.activity.delete',
    'crm.activity.get',
    'crm.activity.list',
    'crm.activity.communication.fields',
    'crm.activity.fields',
  ],
  deprecated: createDeprecation('crm.activity.todo.add'),
  operation: { kind: 'add', entity: 'activity', fields: 'fields' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepRecodedRow('Access denied', 'accessDenied'),
  ...keepUnmodelledCodes([
    ...activityWriteCodesNotModelled,
    emailSendCodes,
    'Use crm.activity.configurable.add for this activity provider',
  ]),
  keepFieldsObject,
]
