/**
 * What the crm.company.* methods share: the `id` parameter, the `Not found` row and the family's
 * names, as the official pages (api-reference/crm/companies/ in bitrix24/b24restdocs) give them. The
 * rows every UPPER_CASE CRM family shares (`ID is not defined or invalid.`, `Access denied.`, the
 * deprecation in favour of crm.item.*) come from contact-method.ts. Plain data, spread into each spec file.
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'
import { keepUnmodelledRows } from './docs-differences.js'

/** `Not found`: crm.company.get and crm.company.update answer it for an id no company has. */
export const companyNotFoundRow = {
  id: 'notFound',
  code: '',
  status: 400,
  text: 'Not found',
  kind: 'notFound',
  when: { ru: 'Компания с переданным `id` не найдена', en: 'No company has the given `id`' },
} as const satisfies ErrorRowInput

/** The company id, read as `ID` then `id` and cast like PHP's (int). */
export const companyIdParam = {
  name: 'id',
  type: 'integer',
  required: true,
  spellings: ['ID', 'id'],
  coercion: 'php-int',
  minimum: 1,
  description: { ru: 'Идентификатор компании.', en: 'The company ID.' },
  sources: ['crm.company.list', 'crm.company.add'],
  invalidError: 'invalidId',
} as const satisfies MethodSpecInput['params'][number]

/** The company family, for each spec's `related` (the spec's own name is left out). */
export function listCompanySiblings(method: string): string[] {
  return [
    'crm.company.add',
    'crm.company.update',
    'crm.company.get',
    'crm.company.list',
    'crm.company.delete',
    'crm.company.fields',
  ].filter((name) => name !== method)
}

/** The rows the crm.company.add and crm.company.update pages both list (each page words them its own way) and the specs do not model yet. */
export function keepCompanyWriteRows(fieldsText: string, paramsText: string, diskText: string): ReturnType<typeof keepUnmodelledRows> {
  return keepUnmodelledRows([
    ['', fieldsText],
    ['', paramsText],
    ['', diskText],
    ['ERROR_CORE', 'The E-mail field contains an invalid address'],
  ])
}

/** crm.company.add's page ends without a Continue Learning section; the spec links its siblings, and records each link the page lacks. */
export function keepCompanySiblingLinks(names: string[]): { path: string; docs: string; reason: string }[] {
  return names.map((name) => ({
    path: `related.${name}`,
    docs: '(absent)',
    reason: 'the page links no sibling method; the spec links the company family as its sibling pages do',
  }))
}
