/**
 * crm.activity.list. Sources: the official pages
 * api-reference/crm/timeline/activities/activity-base/crm-activity-list.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `select`, `filter`
 * with prefix operators, `order`, `start` and pages of 50, and the `Https required` sample error.
 * The page's example asks for contact 102's activities, newest first; its sample answer prints
 * activity 20 with owner 15, which its own filter would not match: in the default store activity 20
 * belongs to contact 102, so the request works as written and the answer says owner 102. The
 * answer has COMMUNICATIONS and FILES as null (the store holds none for it) and no SETTINGS or
 * PROVIDER_PARAMS, which the mock does not store (specs/shared/activity-fields.ts); the `BINDINGS`
 * filter of the page's second example is not modelled.
 */
import { defineMethod } from '@b24kit/spec'
import { outgoingCallAnswer } from './shared/activity-fields.js'
import { listFilterParams } from './shared/contact-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.activity.list',
  scope: 'crm',
  summary: { ru: 'Получить список дел', en: 'List activities' },
  description: {
    ru: 'Метод `crm.activity.list` возвращает дела по фильтру, по 50 на страницу. Ответ содержит `total` и, если есть следующая страница, `next`: его передают в `start`.',
    en: 'The `crm.activity.list` method returns the activities matching a filter, 50 per page. The answer holds `total` and, when another page follows, `next`: send it as `start`.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [
    {
      name: 'select',
      type: 'array',
      required: false,
      description: {
        ru: 'Поля в ответе (`crm.activity.fields`); `*` означает все поля.',
        en: 'The fields to answer (`crm.activity.fields`); `*` stands for every field.',
      },
    },
    ...listFilterParams,
    {
      name: 'start',
      type: 'integer',
      required: false,
      coercion: 'php-int',
      description: {
        ru: 'Смещение страницы: значение `next` предыдущего ответа, `(N-1) * 50` для страницы N.',
        en: 'The offset of the page: the `next` of the previous answer, `(N-1) * 50` for page N.',
      },
    },
  ],
  result: {
    type: 'array',
    description: {
      ru: 'Дела страницы (не более 50); поля как у `crm.activity.get`',
      en: 'The activities of the page (at most 50), fields as `crm.activity.get` prints them',
    },
  },
  errors: [],
  errorExample: 'httpsRequired',
  examples: [
    {
      id: 'listActivitiesOfContact102',
      title: { ru: 'Дела контакта 102, новые первыми', en: "Contact 102's activities, newest first" },
      params: {
        order: { ID: 'DESC' },
        filter: { OWNER_TYPE_ID: 3, OWNER_ID: 102 },
        select: ['*', 'COMMUNICATIONS'],
        start: 0,
      },
      result: [
        {
          ID: '20',
          OWNER_ID: '102',
          OWNER_TYPE_ID: '3',
          SUBJECT: 'Outgoing call Klaus Weber',
          CREATED: '2020-09-27T13:26:55+03:00',
          LAST_UPDATED: '2021-03-21T20:28:24+03:00',
          START_TIME: '2020-09-27T13:25:00+03:00',
          END_TIME: '2020-09-27T19:25:00+03:00',
          DEADLINE: '2020-09-27T13:25:00+03:00',
          ...outgoingCallAnswer,
        },
      ],
    },
  ],
  related: [],
  operation: { kind: 'list', entity: 'activity', filter: 'filter', order: 'order', select: 'select', start: 'start', pageSize: 50 },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
