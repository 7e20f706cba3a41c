/**
 * What the crm.activity.binding.* methods share, as the official pages
 * (api-reference/crm/timeline/activities/binding/ in bitrix24/b24restdocs) give them: an activity's
 * bindings to CRM objects, each named by its type and id. Example-backed: an activity may be bound to
 * objects of any type, which the mock's relations (one owner entity, one target entity) do not model;
 * the mock checks the parameters and answers the example. The error rows are the REST controllers'
 * (specs/shared/activity-todo-method.ts).
 */
import type { MethodSpecInput } from '@b24kit/spec'
import { requireParam } from './activity-todo-method.js'

type Param = MethodSpecInput['params'][number]

/** The activity whose bindings are read or changed. */
export const bindingActivityParam: Param = requireParam({
  name: 'activityId',
  type: 'integer',
  description: { ru: 'Идентификатор дела.', en: 'The activity ID.' },
  sources: ['crm.activity.list', 'crm.activity.add'],
})

/** A CRM object by its type and id, the names prefixed (`sourceEntityTypeId`) or not. */
export function createObjectParams(prefix: '' | 'source' | 'target', ru: string, en: string): Param[] {
  const name = (base: string) => (prefix ? `${prefix}${base.charAt(0).toUpperCase()}${base.slice(1)}` : base)
  return [
    requireParam({
      name: name('entityTypeId'),
      type: 'integer',
      description: { ru: `Тип объекта CRM ${ru} (2: сделка).`, en: `The type of the CRM object ${en} (2: deal).` },
    }),
    requireParam({
      name: name('entityId'),
      type: 'integer',
      description: { ru: `Идентификатор объекта CRM ${ru}.`, en: `The ID of the CRM object ${en}.` },
    }),
  ]
}

/** Who may change bindings: a user who may change the CRM objects. */
export const bindingEditAccess = {
  description: { ru: 'пользователь с правом на изменение объектов CRM', en: 'a user allowed to change the CRM objects' },
} as const

/** The binding methods, for each spec's `related` (the spec's own name is left out). */
export function listBindingSiblings(method: string): string[] {
  return ['crm.activity.binding.list', 'crm.activity.binding.add', 'crm.activity.binding.delete', 'crm.activity.binding.move'].filter(
    (name) => name !== method,
  )
}

/** `true` once the bindings changed. */
export const bindingChangedResult = (ru: string, en: string) =>
  ({ type: 'boolean', const: true, description: { ru, en } }) as const satisfies MethodSpecInput['result']
