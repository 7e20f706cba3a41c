/**
 * crm.address.delete. Sources: the official pages
 * api-reference/crm/requisites/addresses/crm-address-delete.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `fields` (the key), `true` as result,
 * the key rows, `TypeAddress not found` (its sample error answer) and `Access denied`.
 * Example-backed (specs/shared/address-method.ts): the page deletes contact 1's registered address;
 * other keys answer `TypeAddress not found.`.
 */
import { defineMethod } from '@b24kit/spec'
import {
  addressKeyRows,
  addressNotFoundRow,
  createAddressAccess,
  createAddressDeniedRow,
  explainAddressPage,
  listAddressSiblings,
} from './shared/address-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.address.delete',
  scope: 'crm',
  summary: { ru: 'Удалить адрес', en: 'Delete an address' },
  description: {
    ru: 'Метод `crm.address.delete` удаляет адрес, найденный по типу и владельцу.',
    en: 'The `crm.address.delete` method deletes the address found by its type and owner.',
  },
  access: createAddressAccess('удаления', 'delete'),
  params: [
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Ключ адреса: `TYPE_ID`, `ENTITY_TYPE_ID` и `ENTITY_ID`.',
        en: 'The address key: `TYPE_ID`, `ENTITY_TYPE_ID` and `ENTITY_ID`.',
      },
    },
  ],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: '`true`, если адрес удален', en: '`true` when the address was deleted' },
  },
  errors: [...addressKeyRows, addressNotFoundRow, createAddressDeniedRow('на удаление', 'delete')],
  errorExample: 'notFound',
  examples: [
    {
      id: 'deleteContactAddress',
      title: { ru: 'Удалить адрес регистрации контакта 1', en: "Delete contact 1's registered address" },
      params: { fields: { TYPE_ID: 1, ENTITY_TYPE_ID: 3, ENTITY_ID: 1 } },
      result: true,
    },
  ],
  related: listAddressSiblings('crm.address.delete'),
  operation: { kind: 'example', entity: 'requisite', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = explainAddressPage('delete', { notFound: 'TypeAddress not found' })
