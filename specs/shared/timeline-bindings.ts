/**
 * What the crm.timeline.bindings.* methods share: the `fields` of a binding (a timeline record and the
 * CRM item it shows in), the rows the bind, unbind and list pages give word for word, and the
 * family's names. Sources: the official pages api-reference/crm/timeline/bindings/ in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian).
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'
import { createAccessDeniedRow } from './contact-method.js'
import { type DocsDifference, keepFinalPeriods } from './docs-differences.js'

const entityTypes = ['lead', 'deal', 'contact', 'company', 'order'].map((value) => ({ value }))

/** `fields` of bind and unbind: OWNER_ID, ENTITY_ID and ENTITY_TYPE, all three required. */
export function createBindingFieldsParam(ru: string, en: string) {
  return {
    name: 'fields',
    type: 'object',
    required: true,
    description: { ru, en },
    properties: [
      {
        name: 'OWNER_ID',
        type: 'integer',
        required: true,
        description: { ru: 'ID записи таймлайна.', en: 'The timeline record ID.' },
      },
      {
        name: 'ENTITY_ID',
        type: 'integer',
        required: true,
        description: { ru: 'ID элемента CRM.', en: 'The CRM item ID.' },
      },
      {
        name: 'ENTITY_TYPE',
        type: 'string',
        required: true,
        enum: entityTypes,
        description: { ru: 'Тип элемента CRM.', en: 'The CRM item type.' },
      },
    ],
  } as const satisfies MethodSpecInput['params'][number]
}

/** `<FIELD> is not defined or invalid.`: a binding field left out or not valid. */
function createFieldRow(id: string, name: string): ErrorRowInput {
  return {
    id,
    code: '',
    status: 400,
    text: `${name} is not defined or invalid.`,
    kind: 'invalidParams',
    when: { ru: `\`${name}\` не передан или неверен`, en: `\`${name}\` is missing or not valid` },
  }
}

export const ownerIdRow = createFieldRow('ownerIdInvalid', 'OWNER_ID')

/** The rows bind and unbind share: the three fields and the caller's right on the CRM item. */
export const bindingWriteRows: ErrorRowInput[] = [
  ownerIdRow,
  createFieldRow('entityIdInvalid', 'ENTITY_ID'),
  createFieldRow('entityTypeInvalid', 'ENTITY_TYPE'),
  createAccessDeniedRow('Нет права на изменение элемента CRM', 'No permission to edit the CRM item'),
]

/** The pages' tables print OWNER_ID's text without the final period their sample error answer shows. */
export const ownerIdPeriodKept: DocsDifference[] = keepFinalPeriods({ ownerIdInvalid: 'OWNER_ID is not defined or invalid' })

/** The bindings family, for each spec's `related` (the spec's own name is left out). */
export function listTimelineBindingSiblings(method: string): string[] {
  return ['bind', 'unbind', 'list', 'fields'].map((verb) => `crm.timeline.bindings.${verb}`).filter((name) => name !== method)
}
