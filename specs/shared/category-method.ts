/**
 * What the crm.category.* methods share, as the official pages (api-reference/crm/universal/category/
 * in bitrix24/b24restdocs, ru and en) give them. The family is example-backed: a pipeline lives under
 * the entity type given beside its id (`entityTypeId`), which the mock's record operations cannot
 * scope by, and the pages' examples disagree on ids (add answers pipeline 5 of type 1152 while delete
 * removes pipeline 5 of deals), so no single store makes them all work.
 */
import type { MethodSpecInput } from '@b24kit/spec'

/** Who may add, change or delete pipelines: a user with administrative access to CRM (a text-only rule: no record permission to check). */
export const categoryAdminAccess = {
  description: {
    ru: 'пользователь с административным доступом к разделу CRM',
    en: 'a user with administrative access to the CRM section',
  },
  deniedError: 'accessDenied',
} as const satisfies MethodSpecInput['access']

/** The entity type whose pipelines are meant; every crm.category.* method takes it. */
export const categoryEntityTypeParam = {
  name: 'entityTypeId',
  type: 'integer',
  required: true,
  description: {
    ru: 'Идентификатор типа объекта CRM (`entityTypeId`), чьи воронки нужны.',
    en: 'The CRM object type id (`entityTypeId`) whose pipelines are meant.',
  },
} as const satisfies MethodSpecInput['params'][number]

/** The pipeline id of get, update and delete. */
export const categoryIdParam = {
  name: 'id',
  type: 'integer',
  required: true,
  spellings: ['ID', 'id'],
  coercion: 'php-int',
  minimum: 1,
  description: { ru: 'Идентификатор воронки.', en: 'The pipeline ID.' },
} as const satisfies MethodSpecInput['params'][number]
