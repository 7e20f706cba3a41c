/**
 * crm.timeline.bindings.fields. Sources: the official pages
 * api-reference/crm/timeline/bindings/crm-timeline-bindings-fields.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any user), no
 * parameters, the sample answer (three fields, titled as an English portal titles them) and the
 * `0` / `error` row. The field list is fixed, so the mock answers the example.
 */
import { defineMethod } from '@b24kit/spec'
import { listTimelineBindingSiblings } from './shared/timeline-bindings.js'
import { timelineInternalErrorRow } from './shared/timeline-comment.js'

const field = (type: string, title: string) => ({
  type,
  isRequired: true,
  isReadOnly: false,
  isImmutable: true,
  isMultiple: false,
  isDynamic: false,
  title,
})

export default defineMethod({
  method: 'crm.timeline.bindings.fields',
  scope: 'crm',
  summary: { ru: 'Поля привязки записи таймлайна', en: 'Fields of a timeline binding' },
  description: {
    ru: 'Метод `crm.timeline.bindings.fields` описывает поля привязки записи таймлайна к элементу CRM.',
    en: 'The `crm.timeline.bindings.fields` method describes the fields of a binding between a timeline record and a CRM item.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [],
  result: {
    type: 'object',
    description: {
      ru: 'Поле -> `{type, isRequired, isReadOnly, isImmutable, isMultiple, isDynamic, title}`',
      en: 'Field -> `{type, isRequired, isReadOnly, isImmutable, isMultiple, isDynamic, title}`',
    },
  },
  errors: [timelineInternalErrorRow],
  errorExample: 'internalError',
  examples: [
    {
      id: 'describeBindingFields',
      title: { ru: 'Получить поля привязки', en: 'Get the binding fields' },
      params: {},
      result: {
        OWNER_ID: field('integer', 'Timeline record ID'),
        ENTITY_ID: field('integer', 'Element ID'),
        ENTITY_TYPE: field('string', 'Element type'),
      },
    },
  ],
  related: listTimelineBindingSiblings('crm.timeline.bindings.fields'),
  operation: { kind: 'example' },
})
