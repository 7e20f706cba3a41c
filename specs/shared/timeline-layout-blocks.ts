/**
 * What crm.timeline.layout.blocks.get and .delete share: the three parameters naming a timeline
 * record, the `ERROR_WRONG_CONTEXT` row (the pages' sample error answer, worded per language) and
 * the codes listed without a server text. Sources: the official pages
 * api-reference/crm/timeline/layout-blocks/ in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian). Example-backed: a record's blocks are set by
 * crm.timeline.layout.blocks.set, which has no spec yet, and the mock does not tell an
 * application's call from a webhook's, so it never answers the wrong-context row by itself.
 */
import type { MethodSpecInput } from '@b24kit/spec'
import type { DocsDifference } from './docs-differences.js'
import { keepRowsWithoutText } from './timeline-comment.js'

export const layoutBlocksParams = [
  {
    name: 'entityTypeId',
    type: 'integer',
    required: true,
    description: { ru: 'Тип объекта CRM, к которому привязана запись.', en: 'The CRM object type the record is bound to.' },
  },
  {
    name: 'entityId',
    type: 'integer',
    required: true,
    description: { ru: 'ID элемента CRM, к которому привязана запись.', en: 'The ID of the CRM item the record is bound to.' },
  },
  { name: 'timelineId', type: 'integer', required: true, description: { ru: 'ID записи таймлайна.', en: 'The timeline record ID.' } },
] as const satisfies MethodSpecInput['params']

/** The record of the pages' examples: timeline record 8 of deal 4. */
export const layoutBlocksExampleParams = { entityTypeId: 2, entityId: 4, timelineId: 8 }

export const wrongContextRow = {
  id: 'wrongContext',
  code: 'ERROR_WRONG_CONTEXT',
  status: 400,
  text: {
    ru: 'Вызов метода возможен только в контексте rest приложения',
    en: 'Method call is only possible in the context of a REST application',
  },
  kind: 'invalidRequest',
  when: { ru: 'Метод вызван не приложением (например, вебхуком)', en: 'The caller is not an application (a webhook, say)' },
} as const

/** Where the pages differ on purpose: the codes without a text and the right on the CRM item. */
export function keepLayoutDifferences(permission: string): DocsDifference[] {
  return [
    ...keepRowsWithoutText(['OWNER_NOT_FOUND', 'NOT_FOUND', 'ACCESS_DENIED']),
    {
      path: 'access.permission',
      docs: permission,
      reason: "the right is the caller's on the CRM item the record is bound to; the mock has no per-item rights, so the rule stays text",
    },
    {
      path: 'related.crm.timeline.layout.blocks.set',
      docs: 'present',
      reason: 'no spec describes crm.timeline.layout.blocks.set yet; `related` links only methods the tree has',
    },
  ]
}
