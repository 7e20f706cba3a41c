/**
 * crm.documentgenerator.template.update. Sources: the official pages
 * api-reference/crm/document-generator/templates/crm-document-generator-template-update.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id` and `fields`, the `{ template }` answer and the error table. The mock answers the page's example,
 * template 41 (specs/shared/template-method.ts says why templates are not kept in its store), and
 * `Template not found` for any other call.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  createMissingParamRow,
  fieldsNotArrayRow,
  listDocgenSiblings,
  moduleMissingRow,
  templateEditorAccess,
  templatesForbiddenRow,
} from './shared/document-generator.js'
import {
  createTemplate41,
  createTemplateFieldsParam,
  fileNotSavedRow,
  templateIdParam,
  templateNotFoundRow,
  templateOutOfReachRow,
  wrappedTemplateResult,
} from './shared/template-method.js'

export default defineMethod({
  method: 'crm.documentgenerator.template.update',
  scope: 'crm',
  summary: { ru: 'Изменить шаблон документа', en: 'Update a document template' },
  description: {
    ru: 'Метод `crm.documentgenerator.template.update` меняет поля или файл шаблона и возвращает шаблон в `template`.',
    en: 'The `crm.documentgenerator.template.update` method changes the fields or the file of a template and returns it in `template`.',
  },
  access: templateEditorAccess,
  params: [templateIdParam, { ...createTemplateFieldsParam(false), required: true, invalidError: 'fieldsMissing' }],
  result: { ...wrappedTemplateResult, description: { ru: 'Измененный шаблон в `template`', en: 'The changed template in `template`' } },
  errors: [
    createMissingParamRow('fieldsMissing', 'fields'),
    fieldsNotArrayRow,
    templateNotFoundRow,
    fileNotSavedRow,
    templateOutOfReachRow,
    templatesForbiddenRow,
    moduleMissingRow,
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'updateTemplate41',
      title: { ru: 'Переименовать шаблон 41 и заменить его файл', en: 'Rename template 41 and replace its file' },
      params: {
        id: 41,
        fields: {
          name: 'Template from file (updated)',
          file: ['template-updated.docx', '**base64_encoded_content**'],
          numeratorId: 49,
          region: 'de',
          entityTypeId: ['2'],
          users: ['UA'],
          active: 'Y',
          withStamps: 'N',
          sort: 500,
        },
      },
      result: { template: createTemplate41('Template from file (updated)', '2026-03-18T17:26:29+03:00') },
    },
  ],
  related: listDocgenSiblings('crm.documentgenerator.template.update'),
  operation: { kind: 'example', entity: 'documentTemplate', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
