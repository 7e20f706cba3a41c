/**
 * crm.status.entity.types. Sources: the official pages
 * api-reference/crm/status/crm-status-entity-types.md in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian): scope, who may call it (any user), no parameters, no error
 * rows of its own, the sample answer (repaired where the page misses a comma). The mock answers the
 * example: the list of directories follows the portal's pipelines and smart processes, which the
 * store does not model.
 */
import { defineMethod } from '@b24kit/spec'
import { listStatusSiblings } from './shared/status-method.js'

export default defineMethod({
  method: 'crm.status.entity.types',
  scope: 'crm',
  summary: { ru: 'Получить типы справочников', en: 'Get the directory types' },
  description: {
    ru: 'Метод `crm.status.entity.types` возвращает справочники CRM: код, название и, для стадий, их семантику и воронку.',
    en: 'The `crm.status.entity.types` method returns the CRM directories: code, name and, for stages, their semantics and pipeline.',
  },
  access: { description: { ru: 'любой пользователь', en: 'any user' } },
  params: [],
  result: {
    type: 'array',
    description: {
      ru: 'Справочники: `ID`, `NAME`, у стадий также `SEMANTIC_INFO`, `ENTITY_TYPE_ID`, `CATEGORY_ID`, `PREFIX`',
      en: 'The directories: `ID`, `NAME`, and for stages `SEMANTIC_INFO`, `ENTITY_TYPE_ID`, `CATEGORY_ID`, `PREFIX`',
    },
  },
  errors: [],
  errorExample: 'insufficientScope',
  examples: [
    {
      id: 'listDirectoryTypes',
      title: { ru: 'Получить все справочники', en: 'Get every directory' },
      params: {},
      result: [
        {
          ID: 'STATUS',
          NAME: 'Lead stages',
          SEMANTIC_INFO: { START_FIELD: 'NEW', FINAL_SUCCESS_FIELD: 'CONVERTED', FINAL_UNSUCCESS_FIELD: 'JUNK', FINAL_SORT: 0 },
          ENTITY_TYPE_ID: 1,
        },
        { ID: 'SOURCE', NAME: 'Sources' },
        { ID: 'CONTACT_TYPE', NAME: 'Contact type' },
        { ID: 'COMPANY_TYPE', NAME: 'Company type' },
        { ID: 'EMPLOYEES', NAME: 'Number of employees' },
        { ID: 'INDUSTRY', NAME: 'Industry' },
        { ID: 'DEAL_TYPE', NAME: 'Deal type' },
        {
          ID: 'SMART_INVOICE_STAGE_5',
          NAME: 'Invoice stages',
          SEMANTIC_INFO: [],
          PREFIX: 'DT31_5',
          FIELD_ATTRIBUTE_SCOPE: 'category_5',
          ENTITY_TYPE_ID: 31,
          IS_ENABLED: true,
          CATEGORY_ID: 5,
        },
        {
          ID: 'DEAL_STAGE_1',
          NAME: 'Newest deal stages',
          PARENT_ID: 'DEAL_STAGE',
          SEMANTIC_INFO: { START_FIELD: 'C1:NEW', FINAL_SUCCESS_FIELD: 'C1:WON', FINAL_UNSUCCESS_FIELD: 'C1:LOSE', FINAL_SORT: 0 },
          PREFIX: 'C1',
          FIELD_ATTRIBUTE_SCOPE: 'category_1',
          ENTITY_TYPE_ID: 2,
          CATEGORY_ID: '1',
        },
        {
          ID: 'DEAL_STAGE',
          NAME: 'General deal stages',
          SEMANTIC_INFO: { START_FIELD: 'NEW', FINAL_SUCCESS_FIELD: 'WON', FINAL_UNSUCCESS_FIELD: 'LOSE', FINAL_SORT: 0 },
          FIELD_ATTRIBUTE_SCOPE: '',
          ENTITY_TYPE_ID: 2,
          CATEGORY_ID: 0,
        },
        {
          ID: 'QUOTE_STATUS',
          NAME: 'Quote stages',
          SEMANTIC_INFO: { START_FIELD: 'DRAFT', FINAL_SUCCESS_FIELD: 'APPROVED', FINAL_UNSUCCESS_FIELD: 'DECLAINED', FINAL_SORT: 0 },
          ENTITY_TYPE_ID: 7,
        },
        { ID: 'HONORIFIC', NAME: 'Inquiries' },
        { ID: 'CALL_LIST', NAME: 'Call statuses' },
        {
          ID: 'SMART_DOCUMENT_STAGE_13',
          NAME: 'Document stages',
          SEMANTIC_INFO: [],
          PREFIX: 'DT36_13',
          FIELD_ATTRIBUTE_SCOPE: 'category_13',
          ENTITY_TYPE_ID: 36,
          IS_ENABLED: true,
          CATEGORY_ID: 13,
        },
        {
          ID: 'DYNAMIC_177_STAGE_7',
          NAME: 'Equipment Procurement (General)',
          SEMANTIC_INFO: [],
          PREFIX: 'DT177_7',
          FIELD_ATTRIBUTE_SCOPE: 'category_7',
          ENTITY_TYPE_ID: 177,
          IS_ENABLED: true,
          CATEGORY_ID: 7,
          CATEGORY_NAME: 'General',
          CATEGORY_SORT: 500,
          IS_DEFAULT_CATEGORY: true,
        },
        {
          ID: 'DYNAMIC_177_STAGE_9',
          NAME: 'Equipment Procurement (Second pipeline)',
          SEMANTIC_INFO: [],
          PREFIX: 'DT177_9',
          FIELD_ATTRIBUTE_SCOPE: 'category_9',
          ENTITY_TYPE_ID: 177,
          IS_ENABLED: true,
          CATEGORY_ID: 9,
          CATEGORY_NAME: 'Second pipeline',
          CATEGORY_SORT: 500,
          IS_DEFAULT_CATEGORY: false,
        },
      ],
    },
  ],
  related: listStatusSiblings('crm.status.get'),
  operation: { kind: 'example', entity: 'status' },
})
