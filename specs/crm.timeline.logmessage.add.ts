/**
 * crm.timeline.logmessage.add. Sources: the official pages
 * api-reference/crm/timeline/logmessage/crm-timeline-logmessage-add.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `fields`
 * (entityTypeId, entityId, title, text, iconCode), the new entry as result and the `ACCESS_DENIED`
 * sample error. Example-backed (specs/shared/timeline-logmessage.ts): the mock answers the page's
 * entry for any call.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createLogMessageResult, keepItemRight, listLogMessageSiblings, logMessageAccessDeniedRow } from './shared/timeline-logmessage.js'

export default defineMethod({
  method: 'crm.timeline.logmessage.add',
  scope: 'crm',
  summary: { ru: 'Добавить запись в журнал таймлайна', en: 'Add a timeline log entry' },
  description: {
    ru: 'Метод `crm.timeline.logmessage.add` добавляет информационную запись с заголовком, текстом и иконкой в таймлайн элемента CRM.',
    en: "The `crm.timeline.logmessage.add` method adds an informational entry with a title, a text and an icon to a CRM item's timeline.",
  },
  access: { description: { ru: 'пользователь с правом на изменение элемента CRM', en: 'a user allowed to edit the CRM item' } },
  params: [
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: { ru: 'Поля записи.', en: 'The entry fields.' },
      properties: [
        { name: 'entityTypeId', type: 'integer', required: true, description: { ru: 'Тип объекта CRM.', en: 'The CRM object type.' } },
        { name: 'entityId', type: 'integer', required: true, description: { ru: 'ID элемента CRM.', en: 'The CRM item ID.' } },
        { name: 'title', type: 'string', required: true, description: { ru: 'Заголовок.', en: 'The title.' } },
        { name: 'text', type: 'string', required: true, description: { ru: 'Текст.', en: 'The text.' } },
        {
          name: 'iconCode',
          type: 'string',
          required: true,
          description: { ru: 'Код иконки из `crm.timeline.icon.list`.', en: 'An icon code from `crm.timeline.icon.list`.' },
        },
      ],
    },
  ],
  result: createLogMessageResult('Созданная запись в `logMessage`', 'The new entry, in `logMessage`'),
  errors: [logMessageAccessDeniedRow],
  errorExample: 'accessDenied',
  examples: [
    {
      id: 'addEntryToLead1',
      title: { ru: 'Добавить запись в таймлайн лида 1', en: "Add an entry to lead 1's timeline" },
      params: { fields: { entityTypeId: 1, entityId: 1, title: 'Test title', text: 'Test text message', iconCode: 'info' } },
      result: {
        logMessage: { id: 1, created: '2024-04-03T10:26:32+02:00', authorId: 1, title: 'Test title', text: 'Test note', iconCode: 'info' },
      },
    },
  ],
  related: listLogMessageSiblings('crm.timeline.logmessage.add'),
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepItemRight('add', ['OWNER_NOT_FOUND', '100', '0'])
