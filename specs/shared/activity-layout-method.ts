/**
 * What crm.activity.layout.blocks.get and .delete share, as the official pages
 * (api-reference/crm/timeline/activities/layout-blocks/ in bitrix24/b24restdocs) give them: an
 * application's extra content blocks on an activity, named by the activity and the CRM object whose
 * timeline shows it. Example-backed: the mock keeps no layouts (crm.activity.layout.blocks.set, whose
 * `layout` the model cannot describe yet, is not in the tree), and it does not know which application
 * calls, so it checks the parameters and answers the example. ERROR_WRONG_CONTEXT carries each page's
 * sample text; OWNER_NOT_FOUND, NOT_FOUND and ACCESS_DENIED print no server text and are left out.
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'
import type { DocsDifference } from './docs-differences.js'

type Param = MethodSpecInput['params'][number]

/** A required integer, cast as PHP's (int) casts it. The pages list no row for a missing one. */
const requireParam = (param: Pick<Param, 'name' | 'description'>): Param => ({
  ...param,
  type: 'integer',
  required: true,
  coercion: 'php-int',
})

/** The CRM object and the activity whose blocks are read or deleted. */
export const layoutParams: Param[] = [
  requireParam({
    name: 'entityTypeId',
    description: {
      ru: 'Тип объекта CRM, к которому привязано дело (2: сделка).',
      en: 'The type of the CRM object the activity belongs to (2: deal).',
    },
  }),
  requireParam({
    name: 'entityId',
    description: { ru: 'Идентификатор объекта CRM, к которому привязано дело.', en: 'The ID of the CRM object the activity belongs to.' },
  }),
  requireParam({ name: 'activityId', description: { ru: 'Идентификатор дела.', en: 'The activity ID.' } }),
]

/** ERROR_WRONG_CONTEXT: the call does not come from an application; `text` as the page's sample prints it. */
export const createWrongContextRow = (text: string): ErrorRowInput => ({
  id: 'wrongContext',
  code: 'ERROR_WRONG_CONTEXT',
  status: 400,
  text,
  kind: 'accessDenied',
  when: { ru: 'Метод вызван не из приложения', en: 'The method is not called from an application' },
})

/**
 * What the layout specs keep: the rows without a server text, the permission on the activity's CRM
 * object (named per call), and the link to crm.activity.layout.blocks.set, which is not in the tree.
 */
export function keepLayoutRows(permission: 'read' | 'update'): DocsDifference[] {
  const unknownText = "the page prints no server text for this code; the spec takes the row once the server's text is known"
  return [
    ...['OWNER_NOT_FOUND', 'NOT_FOUND', 'ACCESS_DENIED'].map((code) => ({
      path: `errors[code ${code}, text (absent)]`,
      docs: 'present',
      reason: unknownText,
    })),
    {
      path: 'access.permission',
      docs: permission,
      reason: 'the permission is on the CRM object `entityTypeId` names, which changes per call; the spec gives the rule as text',
    },
    {
      path: 'related.crm.activity.layout.blocks.set',
      docs: 'present',
      reason: 'no spec describes this method yet (its `layout` needs a shape the model lacks); `related` links only methods the tree has',
    },
  ]
}
