/**
 * crm.documentgenerator.template.getfields. Sources: the official pages
 * api-reference/crm/document-generator/templates/crm-document-generator-template-get-fields.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, `entityTypeId`, `entityId` and `values`, the `{ templateFields }` answer and the error table.
 * The mock answers the page's example (template 1 filled from deal 123), and `Template not found` for
 * any other call.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { listDocgenSiblings, moduleMissingRow, templateEditorAccess, templatesForbiddenRow } from './shared/document-generator.js'
import { templateIdParam, templateNotFoundRow, templateOutOfReachRow } from './shared/template-method.js'

export default defineMethod({
  method: 'crm.documentgenerator.template.getfields',
  scope: 'crm',
  summary: { ru: 'Получить поля шаблона', en: 'Get the fields of a template' },
  description: {
    ru: 'Метод `crm.documentgenerator.template.getfields` возвращает поля шаблона с их значениями для объекта CRM в `templateFields`.',
    en: 'The `crm.documentgenerator.template.getfields` method returns the fields of a template, with their values for a CRM object, in `templateFields`.',
  },
  access: templateEditorAccess,
  params: [
    templateIdParam,
    {
      name: 'entityTypeId',
      type: 'integer',
      required: true,
      description: { ru: 'Тип объекта CRM: по нему выбирается источник данных.', en: 'The CRM object type, which picks the data source.' },
    },
    {
      name: 'entityId',
      type: 'integer',
      required: false,
      description: { ru: 'Объект CRM, из которого берутся значения.', en: 'The CRM object the values are taken from.' },
    },
    {
      name: 'values',
      type: 'object',
      required: false,
      description: { ru: 'Значения полей, заданные вручную: поле -> значение.', en: 'Field values set by hand: field -> value.' },
    },
  ],
  result: {
    type: 'object',
    properties: [
      {
        name: 'templateFields',
        type: 'object',
        required: true,
        values: { type: 'object' },
        description: {
          ru: 'Поля по имени: `title`, `value`, `default`, `required`, `group`, `chain`, `type`',
          en: 'The fields by name: `title`, `value`, `default`, `required`, `group`, `chain`, `type`',
        },
      },
    ],
    description: { ru: 'Поля шаблона в `templateFields`', en: 'The template fields in `templateFields`' },
  },
  errors: [
    templateOutOfReachRow,
    templateNotFoundRow,
    {
      id: 'templateFault',
      code: '100',
      status: 400,
      text: 'Bitrix\\DocumentGenerator\\Template constructor must be is public',
      kind: 'invalidParams',
      when: { ru: 'Не передан обязательный параметр', en: 'A required parameter is missing' },
    },
    {
      id: 'templateDeleted',
      code: '',
      status: 400,
      text: 'Cannot get fields from deleted template',
      kind: 'invalidParams',
      when: { ru: 'Шаблон удален', en: 'The template is deleted' },
    },
    templatesForbiddenRow,
    moduleMissingRow,
  ],
  errorExample: 'docgenAccessError',
  examples: [
    {
      id: 'getFieldsForDeal123',
      title: { ru: 'Получить поля шаблона 1 для сделки 123', en: 'Get the fields of template 1 for deal 123' },
      params: { id: 1, entityTypeId: 2, entityId: 123, values: { DocumentNumber: '2026-001' } },
      result: {
        templateFields: {
          DocumentNumber: {
            title: 'Number',
            value: '2026-001',
            required: 'Y',
            group: ['Document'],
            chain: 'this.DOCUMENT.DOCUMENT_NUMBER',
            default: '2026-001',
          },
          MyCompanyUfLogo: {
            title: 'Logo',
            value: null,
            type: 'IMAGE',
            group: ['Document', 'My Company'],
            chain: 'this.SOURCE.MY_COMPANY.UF_LOGO',
            default: null,
          },
          MY_COMPANY: {
            title: 'My Company',
            value: [
              { value: '340', title: 'Wheel of Fortune', selected: true },
              { value: '358', title: 'Bitrix Development', selected: false },
            ],
            group: ['Document', 'My Company'],
          },
        },
      },
    },
  ],
  related: [...listDocgenSiblings('crm.documentgenerator.template.getfields'), 'crm.documentgenerator.document.getfields'],
  operation: { kind: 'example', entity: 'documentTemplate', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
