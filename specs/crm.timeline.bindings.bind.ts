/**
 * crm.timeline.bindings.bind. Sources: the official pages
 * api-reference/crm/timeline/bindings/crm-timeline-bindings-bind.md in bitrix24/b24restdocs (English)
 * and bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any user), `fields`, `true` as
 * result and the four rows. Example-backed: a binding joins a timeline record to a CRM item of any
 * type, which the relation model (one owner entity, one target entity) cannot say yet; the mock
 * answers the page's example and `true` for any other binding.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { bindingWriteRows, createBindingFieldsParam, listTimelineBindingSiblings, ownerIdPeriodKept } from './shared/timeline-bindings.js'

export default defineMethod({
  method: 'crm.timeline.bindings.bind',
  scope: 'crm',
  summary: { ru: 'Привязать запись таймлайна к элементу CRM', en: 'Bind a timeline record to a CRM item' },
  description: {
    ru: 'Метод `crm.timeline.bindings.bind` показывает запись таймлайна еще и в таймлайне другого элемента CRM.',
    en: "The `crm.timeline.bindings.bind` method shows a timeline record in another CRM item's timeline as well.",
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [
    createBindingFieldsParam(
      'Привязка: запись таймлайна `OWNER_ID` и элемент CRM `ENTITY_ID` типа `ENTITY_TYPE`.',
      'The binding: timeline record `OWNER_ID` and CRM item `ENTITY_ID` of type `ENTITY_TYPE`.',
    ),
  ],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: '`true`, если привязка добавлена', en: '`true` once the binding is added' },
  },
  errors: bindingWriteRows,
  errorExample: 'ownerIdInvalid',
  examples: [
    {
      id: 'bindRecord1110ToDeal10',
      title: { ru: 'Привязать запись 1110 к сделке 10', en: 'Bind record 1110 to deal 10' },
      params: { fields: { OWNER_ID: 1110, ENTITY_ID: 10, ENTITY_TYPE: 'deal' } },
      result: true,
    },
  ],
  related: listTimelineBindingSiblings('crm.timeline.bindings.bind'),
  operation: { kind: 'example' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [...ownerIdPeriodKept]
