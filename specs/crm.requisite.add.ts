/**
 * crm.requisite.add. Sources: the official pages api-reference/crm/requisites/universal/crm-requisite-add.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `fields` (owner type, owner id and preset required), the new id as result, and the owner, preset,
 * `Entity not found.` and `Access denied.` rows; the field list: crm-requisite-fields.md
 * (specs/shared/requisite-fields.ts). The page's example adds company 1's requisite on preset 1; its
 * answer's id, 27, is the portal's, here the next id after the default store's requisites. The
 * example leaves out the sample portal's custom fields (UF_CRM_*).
 */
import { defineMethod } from '@b24kit/spec'
import { createAccessDeniedRow } from './shared/contact-method.js'
import type { DocsDifference } from './shared/docs-differences.js'
import { createRequisiteAccess, listRequisiteSiblings, requisiteOwnerRows } from './shared/requisite-method.js'

export default defineMethod({
  method: 'crm.requisite.add',
  scope: 'crm',
  summary: { ru: 'Добавить реквизит', en: 'Add a requisite' },
  description: {
    ru: 'Метод `crm.requisite.add` создает реквизит компании или контакта по шаблону и возвращает его идентификатор.',
    en: 'The `crm.requisite.add` method creates a requisite of a company or contact on a preset and returns its ID.',
  },
  access: createRequisiteAccess('add', 'добавления', 'add'),
  params: [
    {
      name: 'fields',
      type: 'object',
      required: true,
      description: {
        ru: 'Поля реквизита (`crm.requisite.fields`). Обязательны `ENTITY_TYPE_ID` (3 контакт, 4 компания), `ENTITY_ID` и `PRESET_ID`.',
        en: 'The requisite fields (`crm.requisite.fields`). `ENTITY_TYPE_ID` (3 contact, 4 company), `ENTITY_ID` and `PRESET_ID` are required.',
      },
    },
  ],
  result: {
    type: 'integer',
    description: { ru: 'Идентификатор созданного реквизита', en: 'The ID of the new requisite' },
  },
  errors: [
    ...requisiteOwnerRows,
    {
      id: 'ownerNotFound',
      code: '',
      status: 400,
      text: 'Entity not found.',
      kind: 'notFound',
      when: {
        ru: 'Компании или контакта, которому добавляют реквизит, нет',
        en: 'The company or contact to add the requisite to does not exist',
      },
    },
    createAccessDeniedRow('У пользователя нет права на добавление реквизита', 'The user may not add the requisite'),
  ],
  errorExample: 'invalidEntityTypeId',
  examples: [
    {
      id: 'addCompanyRequisite',
      title: { ru: 'Добавить реквизит организации компании 1', en: "Add an organisation's requisite to company 1" },
      params: {
        fields: {
          ENTITY_TYPE_ID: 4,
          ENTITY_ID: 1,
          PRESET_ID: 1,
          NAME: 'Organization',
          ACTIVE: 'Y',
          ADDRESS_ONLY: 'N',
          SORT: 500,
          RQ_COMPANY_NAME: 'Ltd. "QuickBooks and other similar platforms"',
          RQ_COMPANY_FULL_NAME: 'LIMITED LIABILITY COMPANY "QuickBooks and other similar platforms"',
          RQ_COMPANY_REG_DATE: '06.04.2007',
          RQ_DIRECTOR: 'SMITH JOHN',
          RQ_INN: '1717586110',
          RQ_KPP: '770501001',
          RQ_OGRN: '5077746476209',
          XML_ID: '5e4641fd-1dd9-11e6-b2f2-005056c00008',
        },
      },
      result: 43,
    },
  ],
  related: listRequisiteSiblings('crm.requisite.add'),
  operation: { kind: 'add', entity: 'requisite', fields: 'fields' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
