/**
 * crm.address.add. Sources: the official pages api-reference/crm/requisites/addresses/crm-address-add.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `fields` (type, owner type and owner id required), `true` as result, the key rows,
 * `TypeAddress exists` and `Access denied`. Example-backed (specs/shared/address-method.ts): the
 * page's example adds a registered address to requisite 1.
 */
import { defineMethod } from '@b24kit/spec'
import {
  addressKeyRows,
  createAddressAccess,
  createAddressDeniedRow,
  explainAddressPage,
  listAddressSiblings,
} from './shared/address-method.js'
import type { DocsDifference } from './shared/docs-differences.js'

export default defineMethod({
  method: 'crm.address.add',
  scope: 'crm',
  summary: { ru: 'Добавить адрес', en: 'Add an address' },
  description: {
    ru: 'Метод `crm.address.add` добавляет адрес реквизиту, контакту, компании или лиду; у владельца может быть один адрес каждого типа.',
    en: 'The `crm.address.add` method adds an address to a requisite, contact, company or lead; an owner holds one address of each type.',
  },
  access: createAddressAccess('добавления', 'add'),
  params: [
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Поля адреса (`crm.address.fields`). Обязательны `TYPE_ID`, `ENTITY_TYPE_ID` (8 реквизит, 3 контакт, 4 компания, 1 лид) и `ENTITY_ID`.',
        en: 'The address fields (`crm.address.fields`). `TYPE_ID`, `ENTITY_TYPE_ID` (8 requisite, 3 contact, 4 company, 1 lead) and `ENTITY_ID` are required.',
      },
    },
  ],
  result: {
    type: 'boolean',
    const: true,
    description: { ru: '`true`, если адрес добавлен', en: '`true` when the address was added' },
  },
  errors: [
    ...addressKeyRows,
    {
      id: 'typeTaken',
      code: '',
      status: 400,
      text: 'TypeAddress exists.',
      kind: 'invalidParams',
      when: { ru: 'У владельца уже есть адрес этого типа', en: 'The owner already has an address of this type' },
    },
    createAddressDeniedRow('на добавление', 'add'),
  ],
  errorExample: 'invalidEntityId',
  examples: [
    {
      id: 'addRequisiteAddress',
      title: { ru: 'Добавить адрес регистрации реквизиту 1', en: 'Add a registered address to requisite 1' },
      params: {
        fields: {
          TYPE_ID: 1,
          ENTITY_TYPE_ID: 8,
          ENTITY_ID: 1,
          ADDRESS_1: '4 Peace Avenue',
          ADDRESS_2: 'Drama Theater',
          CITY: 'City',
          POSTAL_CODE: '000000',
          REGION: 'Urban District',
          PROVINCE: 'Region',
          COUNTRY: 'USA',
        },
      },
      result: true,
    },
  ],
  related: listAddressSiblings('crm.address.add'),
  operation: { kind: 'example', entity: 'requisite' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = explainAddressPage('add', { typeTaken: 'TypeAddress exists' })
