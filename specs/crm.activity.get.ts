/**
 * crm.activity.get. Sources: the official pages
 * api-reference/crm/timeline/activities/activity-base/crm-activity-get.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `id`, the activity as
 * result (ids and codes as strings), the `Activity is not found` and `Access denied` rows. The page
 * reads activity 999; the answer here is the default store's activity 999
 * (specs/shared/activity-fields.ts): COMMUNICATIONS and FILES as null (the store holds none for it),
 * and no SETTINGS or PROVIDER_PARAMS, which the mock does not store (the model has no type for them).
 */
import { defineMethod } from '@b24kit/spec'
import { outgoingCallAnswer } from './shared/activity-fields.js'
import { activityIdParam, activityNotFoundRow, keepInvalidIdRow, keepRecordRows } from './shared/activity-method.js'
import { createAccessDeniedRow, invalidIdRow } from './shared/contact-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.activity.get',
  scope: 'crm',
  summary: { ru: 'Получить дело по Id', en: 'Get an activity by ID' },
  description: {
    ru: 'Метод `crm.activity.get` возвращает дело по идентификатору.',
    en: 'The `crm.activity.get` method returns an activity by its ID.',
  },
  access: {
    entity: 'activity',
    permission: 'read',
    description: { ru: 'любой пользователь с доступом к владельцу дела', en: "any user with access to the activity's owner" },
    deniedError: 'accessDenied',
  },
  params: [activityIdParam],
  result: {
    type: 'object',
    description: {
      ru: 'Поля дела (`crm.activity.fields`): идентификаторы и коды строками, пустые поля как null',
      en: 'The activity fields (`crm.activity.fields`): ids and codes as strings, empty fields as null',
    },
  },
  errors: [
    invalidIdRow,
    activityNotFoundRow,
    createAccessDeniedRow('У пользователя нет доступа к владельцу дела', "The user may not read the activity's owner"),
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'getActivity999',
      title: { ru: 'Получить дело с `id = 999`', en: 'Get the activity with `id = 999`' },
      params: { id: 999 },
      result: {
        ID: '999',
        OWNER_ID: '15',
        OWNER_TYPE_ID: '3',
        SUBJECT: 'Outgoing call Andrew Johnson',
        CREATED: '2020-09-27T13:26:55+02:00',
        LAST_UPDATED: '2021-03-21T20:28:24+02:00',
        START_TIME: '2020-09-27T13:25:00+02:00',
        END_TIME: '2020-09-27T19:25:00+02:00',
        DEADLINE: '2020-09-27T13:25:00+02:00',
        ...outgoingCallAnswer,
      },
    },
  ],
  related: [],
  operation: { kind: 'get', entity: 'activity', by: 'id', notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [keepInvalidIdRow, ...keepRecordRows]
