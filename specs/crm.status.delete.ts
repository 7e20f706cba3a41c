/**
 * crm.status.delete. Sources: the official pages api-reference/crm/status/crm-status-delete.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it
 * (a CRM administrator), `id` and `params` (the `FORCED` flag), `true` as result and the six error
 * rows. The mock deletes the item; the system-item and items-in-this-status refusals have no cause
 * in its store, so conformance injects them. Nothing else goes with a directory item.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  createStatusAdminAccess,
  createStatusDeniedRow,
  keepEmptyStatusCodes,
  listStatusSiblings,
  statusIdParam,
  statusInvalidIdRow,
  statusNotFoundRow,
} from './shared/status-method.js'

const refused = (id: string, text: string, ru: string, en: string) =>
  ({ id, code: '', status: 400, text, kind: 'invalidParams', when: { ru, en } }) as const

export default defineMethod({
  method: 'crm.status.delete',
  scope: 'crm',
  summary: { ru: 'Удалить элемент справочника', en: 'Delete a directory item' },
  description: {
    ru: 'Метод `crm.status.delete` удаляет элемент справочника CRM; системный элемент удаляется только с флагом `FORCED`.',
    en: 'The `crm.status.delete` method deletes a CRM directory item; a system item goes only with the `FORCED` flag.',
  },
  access: createStatusAdminAccess('delete'),
  params: [
    statusIdParam,
    {
      name: 'params',
      type: 'string',
      required: false,
      description: {
        ru: 'Флаги: `FORCED` = `Y` удаляет и системный элемент (по умолчанию `N`).',
        en: 'Flags: `FORCED` = `Y` deletes a system item too (`N` by default).',
      },
    },
  ],
  result: { type: 'boolean', const: true, description: { ru: '`true`, если элемент удален', en: '`true` once the item is deleted' } },
  errors: [
    createStatusDeniedRow('У пользователя нет права менять настройки CRM', 'The user may not change the CRM settings'),
    statusInvalidIdRow,
    statusNotFoundRow,
    refused(
      'systemItem',
      'CRM System Status can be deleted only if parameter FORCED is specified and equal to "Y".',
      'Элемент системный, а `FORCED` не равен `Y`',
      'The item is a system one and `FORCED` is not `Y`',
    ),
    refused(
      'itemsInStatus',
      'There are active items in this status.',
      'В этой стадии или статусе есть записи',
      'Records are in this stage or status',
    ),
    {
      id: 'notDeleted',
      code: '',
      status: 400,
      text: 'Error on deleting status.',
      kind: 'serverError',
      when: { ru: 'Элемент не удален, причину портал не сообщил', en: 'The item was not deleted and the portal gave no reason' },
    },
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'deleteStatus123',
      title: { ru: 'Удалить обычный элемент 123', en: 'Delete the plain item 123' },
      params: { id: 123 },
      result: true,
    },
  ],
  related: listStatusSiblings('crm.status.delete'),
  operation: { kind: 'delete', entity: 'status', by: 'id', cascade: false, notFound: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [
  ...keepEmptyStatusCodes([
    ['accessDenied', 'Access denied.'],
    ['invalidId', 'Invalid identifier.'],
    ['notFound', 'Status is not found.'],
    ['systemItem', 'CRM System Status can be deleted only if parameter FORCED is specified and equal to "Y".'],
    ['itemsInStatus', 'There are active items in this status.'],
    ['notDeleted', 'Error on deleting status.'],
  ]),
]
