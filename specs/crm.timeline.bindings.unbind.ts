/**
 * crm.timeline.bindings.unbind. Sources: the official pages
 * api-reference/crm/timeline/bindings/crm-timeline-bindings-unbind.md in bitrix24/b24restdocs
 * (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any user), `fields`,
 * `true` as result and the five rows. Example-backed, as crm.timeline.bindings.bind is: the mock
 * answers the page's example and `Not found.` for any other binding.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { bindingWriteRows, createBindingFieldsParam, listTimelineBindingSiblings, ownerIdPeriodKept } from './shared/timeline-bindings.js'

export default defineMethod({
  method: 'crm.timeline.bindings.unbind',
  scope: 'crm',
  summary: { ru: 'Отвязать запись таймлайна от элемента CRM', en: 'Unbind a timeline record from a CRM item' },
  description: {
    ru: 'Метод `crm.timeline.bindings.unbind` убирает запись таймлайна из таймлайна одного элемента CRM.',
    en: "The `crm.timeline.bindings.unbind` method removes a timeline record from one CRM item's timeline.",
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [
    createBindingFieldsParam(
      'Снимаемая привязка: запись таймлайна `OWNER_ID` и элемент CRM `ENTITY_ID` типа `ENTITY_TYPE`.',
      'The binding to remove: timeline record `OWNER_ID` and CRM item `ENTITY_ID` of type `ENTITY_TYPE`.',
    ),
  ],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: '`true`, если привязка снята', en: '`true` once the binding is removed' },
  },
  errors: [
    ...bindingWriteRows,
    {
      id: 'notFound',
      code: '',
      status: 400,
      text: 'Not found.',
      kind: 'notFound',
      when: { ru: 'Такой привязки нет', en: 'No such binding exists' },
    },
  ],
  errorExample: 'ownerIdInvalid',
  examples: [
    {
      id: 'unbindRecord1110FromDeal10',
      title: { ru: 'Отвязать запись 1110 от сделки 10', en: 'Unbind record 1110 from deal 10' },
      params: { fields: { OWNER_ID: 1110, ENTITY_ID: 10, ENTITY_TYPE: 'deal' } },
      result: true,
    },
  ],
  related: listTimelineBindingSiblings('crm.timeline.bindings.unbind'),
  operation: { kind: 'example', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...ownerIdPeriodKept]
