/**
 * crm.activity.call.getTranscript. Sources: the official pages
 * api-reference/crm/timeline/activities/activity-base/crm-activity-call-get-transcript.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `activityId`, the transcript (or null) as result and the error table with statuses and texts.
 * Example-backed: the mock holds no call recordings, so it checks the parameters and answers the
 * page's example.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.activity.call.getTranscript',
  scope: 'crm',
  summary: { ru: 'Получить расшифровку звонка', en: 'Get the transcript of a call' },
  description: {
    ru: 'Метод `crm.activity.call.getTranscript` возвращает текст расшифровки звонка по его делу.',
    en: 'The `crm.activity.call.getTranscript` method returns the transcript of a call by its activity.',
  },
  access: {
    description: {
      ru: 'пользователь с правом на чтение объектов CRM, к которым привязан звонок',
      en: 'a user allowed to read the CRM objects the call is bound to',
    },
  },
  params: [
    {
      name: 'activityId',
      type: 'integer',
      required: true,
      coercion: 'php-int',
      description: { ru: 'Идентификатор дела-звонка.', en: 'The ID of the call activity.' },
    },
  ],
  result: {
    type: 'object',
    nullable: true,
    properties: [{ name: 'transcription', type: 'string', description: { ru: 'Текст расшифровки', en: 'The transcript text' } }],
    description: {
      ru: 'Расшифровка в `transcription`; null, если ее нет',
      en: 'The transcript in `transcription`; null when there is none',
    },
  },
  errors: [
    {
      id: 'notFound',
      code: 'NOT_FOUND',
      status: 400,
      text: { ru: 'Элемент не найден', en: 'Item not found' },
      kind: 'notFound',
      when: {
        ru: 'Дела-звонка с таким `activityId` нет или оно не привязано к CRM',
        en: 'No call activity has the `activityId`, or it is bound to nothing in CRM',
      },
    },
    {
      id: 'accessDenied',
      code: 'ACCESS_DENIED',
      status: 403,
      text: { ru: 'Доступ запрещен', en: 'Access denied' },
      kind: 'accessDenied',
      when: {
        ru: 'У пользователя нет права на чтение объектов CRM звонка, или обработка звонков ИИ выключена',
        en: "The user may not read the call's CRM objects, or AI call processing is off",
      },
    },
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'getTranscript12345',
      title: { ru: 'Получить расшифровку звонка 12345', en: 'Get the transcript of call 12345' },
      params: { activityId: 12345 },
      result: { transcription: 'Call transcript text...' },
    },
  ],
  related: ['crm.activity.get', 'crm.activity.list', 'crm.activity.delete', 'crm.activity.fields'],
  operation: { kind: 'example', entity: 'activity' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  {
    path: 'access.permission',
    docs: 'read',
    reason:
      'the permission is on the CRM objects the call is bound to, which change per call; the spec gives the rule as text, ACCESS_DENIED stays a row',
  },
]
