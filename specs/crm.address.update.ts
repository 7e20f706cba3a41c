/**
 * crm.address.update. Sources: the official pages
 * api-reference/crm/requisites/addresses/crm-address-update.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it, `fields` (the key and the parts to
 * change), `true` as result, the key rows, `TypeAddress not found` and `Access denied`.
 * Example-backed (specs/shared/address-method.ts): the page changes contact 1's registered address;
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
  method: 'crm.address.update',
  scope: 'crm',
  summary: { ru: 'Изменить адрес', en: 'Update an address' },
  description: {
    ru: 'Метод `crm.address.update` изменяет адрес, найденный по типу и владельцу. Поля, не переданные в `fields`, остаются как были.',
    en: 'The `crm.address.update` method changes the address found by its type and owner. Fields left out of `fields` keep their values.',
  },
  access: createAddressAccess('изменения', 'edit'),
  params: [
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Ключ адреса (`TYPE_ID`, `ENTITY_TYPE_ID`, `ENTITY_ID`) и изменяемые поля (`crm.address.fields`).',
        en: 'The address key (`TYPE_ID`, `ENTITY_TYPE_ID`, `ENTITY_ID`) and the fields to change (`crm.address.fields`).',
      },
    },
  ],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: '`true`, если адрес изменен', en: '`true` when the address was changed' },
  },
  errors: [...addressKeyRows, addressNotFoundRow, createAddressDeniedRow('на изменение', 'edit')],
  errorExample: 'notFound',
  examples: [
    {
      id: 'updateContactAddress',
      title: { ru: 'Изменить адрес регистрации контакта 1', en: "Change contact 1's registered address" },
      params: { fields: { TYPE_ID: 1, ENTITY_TYPE_ID: 3, ENTITY_ID: 1, ADDRESS_1: 'Street, 261', CITY: 'Los Angeles' } },
      result: true,
    },
  ],
  related: listAddressSiblings('crm.address.update'),
  operation: { kind: 'example', entity: 'requisite', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = explainAddressPage('add', { notFound: 'TypeAddress not found' })
