/**
 * What the crm.lead.* methods share: the `id` parameter and the `Not found` row, as the official
 * pages (api-reference/crm/leads/ in bitrix24/b24restdocs) give them. The rows every UPPER_CASE CRM
 * family shares (`ID is not defined or invalid.`, `Access denied.`, the deprecation in favour of
 * crm.item.*) come from contact-method.ts. Plain data, spread into each spec file.
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'

/** `Not found`: crm.lead.get, crm.lead.update and crm.lead.delete answer it for an id no lead has. */
export const leadNotFoundRow = {
  id: 'notFound',
  code: '',
  status: 400,
  text: 'Not found',
  kind: 'notFound',
  when: { ru: 'Лид с переданным `id` не найден', en: 'No lead has the given `id`' },
} as const satisfies ErrorRowInput

/** The lead id, read as `ID` then `id` and cast like PHP's (int). */
export const leadIdParam = {
  name: 'id',
  type: 'integer',
  required: true,
  spellings: ['ID', 'id'],
  coercion: 'php-int',
  minimum: 1,
  description: { ru: 'Идентификатор лида.', en: 'The lead ID.' },
  sources: ['crm.lead.list', 'crm.lead.add'],
  invalidError: 'invalidId',
} as const satisfies MethodSpecInput['params'][number]

/** The lead family, for each spec's `related` (the spec's own name is left out). */
export function listLeadSiblings(method: string): string[] {
  return ['crm.lead.add', 'crm.lead.update', 'crm.lead.get', 'crm.lead.list', 'crm.lead.delete', 'crm.lead.fields'].filter(
    (name) => name !== method,
  )
}

/**
 * The lead pages that end without a Continue Learning section still belong to one family; the spec
 * links its siblings, and records each link the page lacks.
 */
export function keepSiblingLinks(names: string[]): { path: string; docs: string; reason: string }[] {
  return names.map((name) => ({
    path: `related.${name}`,
    docs: '(absent)',
    reason: 'the page links no sibling method here; the spec links the lead family as its sibling pages do',
  }))
}

/** The server reads `fields` as an array before anything else, whatever the page's required marker says. */
export const leadFieldsRequired = {
  path: 'params.fields.required',
  docs: 'false',
  reason:
    "the server refuses a call without fields (`Parameter 'fields' must be array`, as crm.contact.add's page lists for the same server path), so the spec requires it; the page marks it optional",
}
