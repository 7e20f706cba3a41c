/**
 * crm.tracking.trace.add. Sources: the official pages
 * api-reference/crm/tracking/crm-tracking-trace-add.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, TRACE and ENTITIES (TYPE and ID),
 * the new trace's id as result, and the ERROR_CORE rows. Example-backed: the mock does not keep
 * traces (nothing reads them back through REST), so it answers the page's trace id 1581.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.tracking.trace.add',
  scope: 'crm',
  summary: { ru: 'Создать трейс сквозной аналитики', en: 'Create a sales intelligence trace' },
  description: {
    ru: 'Метод `crm.tracking.trace.add` сохраняет трейс сквозной аналитики (источник визита, UTM-метки), при необходимости привязывает его к объектам CRM и возвращает ID трейса.',
    en: 'The `crm.tracking.trace.add` method saves a sales intelligence trace (the visit source, UTM tags), binds it to CRM objects if asked, and returns the trace ID.',
  },
  access: {
    description: {
      ru: 'любой пользователь создает трейс; привязать его к объекту может тот, кто вправе изменять объект',
      en: 'any user creates a trace; binding it to an object takes the right to edit that object',
    },
  },
  params: [
    {
      name: 'TRACE',
      type: 'string',
      required: true,
      description: {
        ru: 'Данные трейса строкой JSON, например из `b24Tracker.guest.getTrace()`; UTM-метки лежат в `tags.list`.',
        en: 'The trace data as a JSON string, such as `b24Tracker.guest.getTrace()` gives; UTM tags go in `tags.list`.',
      },
    },
    {
      name: 'ENTITIES',
      type: 'array',
      required: false,
      description: {
        ru: 'Объекты CRM, к которым привязать трейс; без них трейс ни к чему не привязан.',
        en: 'The CRM objects to bind the trace to; without them the trace is bound to nothing.',
      },
      items: {
        type: 'object',
        properties: [
          {
            name: 'TYPE',
            type: 'string',
            required: true,
            enum: [{ value: 'COMPANY' }, { value: 'CONTACT' }, { value: 'DEAL' }, { value: 'LEAD' }, { value: 'QUOTE' }],
            description: { ru: 'Тип объекта CRM.', en: 'The CRM object type.' },
          },
          {
            name: 'ID',
            type: 'integer',
            required: true,
            description: { ru: 'ID объекта CRM.', en: 'The CRM object ID.' },
          },
        ],
      },
    },
  ],
  result: {
    type: 'integer',
    description: { ru: 'ID нового трейса', en: 'The new trace ID' },
  },
  errors: [
    {
      id: 'traceMissing',
      code: 'ERROR_CORE',
      status: 400,
      text: 'Parameter TRACE required.',
      kind: 'invalidParams',
      when: { ru: 'Не передан `TRACE`', en: '`TRACE` is not given' },
    },
    {
      id: 'traceNotJson',
      code: 'ERROR_CORE',
      status: 400,
      text: 'Can not parse JSON in parameter TRACE.',
      kind: 'invalidParams',
      when: { ru: '`TRACE` не разбирается как JSON', en: '`TRACE` does not parse as JSON' },
    },
    {
      id: 'wrongType',
      code: 'ERROR_CORE',
      status: 400,
      text: 'Wrong TYPE in parameter ENTITIES. Allowed types: COMPANY,CONTACT,DEAL,LEAD,QUOTE',
      kind: 'invalidParams',
      when: { ru: 'В `ENTITIES` тип не из списка', en: 'A `TYPE` in `ENTITIES` is not one of the list' },
    },
    {
      id: 'wrongId',
      code: 'ERROR_CORE',
      status: 400,
      text: 'Wrong ID in parameter ENTITIES.',
      kind: 'invalidParams',
      when: { ru: 'В `ENTITIES` неверный `ID`', en: 'An `ID` in `ENTITIES` is wrong' },
    },
    {
      id: 'noAccess',
      code: 'ERROR_CORE',
      status: 400,
      text: 'You have no access to entity <TYPE> with ID <ID>.',
      kind: 'accessDenied',
      when: {
        ru: 'Нет права изменять объект из `ENTITIES`; сервер называет его тип и ID',
        en: 'No right to edit an object in `ENTITIES`; the server names its type and ID',
      },
    },
  ],
  errorExample: 'traceMissing',
  examples: [
    {
      id: 'traceWithUtmSource',
      title: { ru: 'Трейс с `utm_source` для контакта и лида', en: 'A trace with `utm_source` for a contact and a lead' },
      params: {
        TRACE: '{"tags":{"list":{"utm_source":"google-maps"}}}',
        ENTITIES: [
          { TYPE: 'CONTACT', ID: 17 },
          { TYPE: 'LEAD', ID: 1000739 },
        ],
      },
      result: 1581,
      time: {
        start: 1786711683,
        finish: 1786711683.296598,
        duration: 0.296597957611084,
        processing: 0,
        date_start: '2026-08-14T15:48:03+03:00',
        date_finish: '2026-08-14T15:48:03+03:00',
        operating_reset_at: 1786712283,
        operating: 0,
      },
    },
  ],
  related: ['crm.tracking.trace.delete'],
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  {
    path: 'related.crm.tracking.trace.delete',
    docs: '(absent)',
    reason: 'the page links no other method; the trace it creates is deleted by crm.tracking.trace.delete',
  },
]
