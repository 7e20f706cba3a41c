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
