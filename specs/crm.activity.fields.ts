/**
 * crm.activity.fields. Sources: the official pages
 * api-reference/crm/timeline/activities/activity-base/crm-activity-fields.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): no parameters; field name -> type, isRequired,
 * isReadOnly, isImmutable, isMultiple, isDynamic, title. Example-backed: the answer is the page's,
 * with the portal's own type names (`crm_enum_*`, `crm_activity_communication`, `diskfile`), which
 * the model's entity fields do not have; the mock's `activity` entity stores the same list by the
 * nearest model types (specs/shared/activity-fields.ts keeps the one table for both).
 */
import { defineMethod } from '@b24kit/spec'
import { activityFieldsDescription } from './shared/activity-fields.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.activity.fields',
  scope: 'crm',
  summary: { ru: 'Получить поля дела', en: 'Get the activity fields' },
  description: {
    ru: 'Метод `crm.activity.fields` возвращает описание полей дела.',
    en: 'The `crm.activity.fields` method returns the description of the activity fields.',
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
      id: 'getActivityFields',
      title: { ru: 'Получить поля дела', en: 'Get the activity fields' },
      params: {},
      result: activityFieldsDescription,
    },
  ],
  related: [
    'crm.activity.add',
    'crm.activity.update',
    'crm.activity.delete',
    'crm.activity.list',
    'crm.activity.communication.fields',
    'crm.activity.get',
  ],
  operation: { kind: 'example', entity: 'activity' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
