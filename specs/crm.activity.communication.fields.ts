/**
 * crm.activity.communication.fields. Sources: the official pages
 * api-reference/crm/timeline/activities/activity-base/crm-activity-communication-fields.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it
 * (any user), no parameters, the sample answer (the six fields of an activity's communication,
 * titled as an English portal titles them), no error rows of its own. Example-backed: the field list
 * is fixed, so nothing is to model.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'

const field = (type: string, isReadOnly: boolean, title: string) => ({
  type,
  isRequired: false,
  isReadOnly,
  isImmutable: false,
  isMultiple: false,
  isDynamic: false,
  title,
})

export default defineMethod({
  method: 'crm.activity.communication.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля средства связи дела', en: "Get the fields of an activity's communication" },
  description: {
    ru: 'Метод `crm.activity.communication.fields` описывает поля средства связи дела: телефона звонка, адреса письма, участника встречи.',
    en: "The `crm.activity.communication.fields` method describes the fields of an activity's communication: a call's phone, an e-mail's address, a meeting's participant.",
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
  errors: [],
  errorExample: 'insufficientScope',
  examples: [
    {
      id: 'describeCommunicationFields',
      title: { ru: 'Получить поля средства связи', en: 'Get the communication fields' },
      params: {},
      result: {
        ID: field('integer', true, 'ID'),
        ACTIVITY_ID: field('integer', true, 'Case'),
        ENTITY_ID: field('integer', false, 'Entity element ID'),
        ENTITY_TYPE_ID: field('integer', false, 'Entity type'),
        TYPE: field('string', false, 'Type'),
        VALUE: field('string', false, 'Value'),
      },
    },
  ],
  related: [
    'crm.activity.add',
    'crm.activity.update',
    'crm.activity.get',
    'crm.activity.list',
    'crm.activity.delete',
    'crm.activity.fields',
  ],
  operation: { kind: 'example', entity: 'activity' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
