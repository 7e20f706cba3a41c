/**
 * crm.documentgenerator.template.add. Sources: the official pages
 * api-reference/crm/document-generator/templates/crm-document-generator-template-add.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `fields` with the template file, the `{ template }` answer and the error table. The mock answers the
 * page's example (specs/shared/template-method.ts says why templates are not kept in its store); the
 * page's answer names the template "Template from file", where its request sends "REST Proposal
 * Template": the answer here carries the sent name.
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
import { createTemplate41, createTemplateFieldsParam, fileNotSavedRow, wrappedTemplateResult } from './shared/template-method.js'

export default defineMethod({
  method: 'crm.documentgenerator.template.add',
  scope: 'crm',
  summary: { ru: 'Добавить шаблон документа', en: 'Add a document template' },
  description: {
    ru: 'Метод `crm.documentgenerator.template.add` загружает файл шаблона документа и возвращает новый шаблон в `template`.',
    en: 'The `crm.documentgenerator.template.add` method uploads a document template file and returns the new template in `template`.',
  },
  access: templateEditorAccess,
  params: [{ ...createTemplateFieldsParam(true), invalidError: 'fieldsMissing' }],
  result: { ...wrappedTemplateResult, description: { ru: 'Новый шаблон в `template`', en: 'The new template in `template`' } },
  errors: [
    createMissingParamRow('fieldsMissing', 'fields'),
    fieldsNotArrayRow,
    {
      id: 'requiredFieldsEmpty',
      code: '0',
      status: 400,
      text: 'Empty required fields: name, numeratorId, region, entityTypeId',
      kind: 'invalidParams',
      when: { ru: 'Не заполнены обязательные поля шаблона', en: 'Required template fields are empty' },
    },
    {
      id: 'fileMissing',
      code: '0',
      status: 400,
      text: 'Missing file content',
      kind: 'invalidParams',
      when: { ru: 'Не передан `fields.file`', en: '`fields.file` is missing' },
    },
    fileNotSavedRow,
    templatesForbiddenRow,
    moduleMissingRow,
  ],
  errorExample: 'fieldsMissing',
  examples: [
    {
      id: 'addProposalTemplate',
      title: { ru: 'Добавить шаблон предложения для сделок', en: 'Add a proposal template for deals' },
      params: {
        fields: {
          name: 'REST Proposal Template',
          file: ['template.docx', '**base64_encoded_content**'],
          numeratorId: 49,
          region: 'de',
          entityTypeId: ['2', '2_category_0'],
          users: ['UA'],
          active: 'Y',
          withStamps: 'N',
          sort: 500,
        },
      },
      result: { template: createTemplate41('REST Proposal Template', '2026-03-18T15:54:20+03:00') },
    },
  ],
  related: listDocgenSiblings('crm.documentgenerator.template.add'),
  operation: { kind: 'example', entity: 'documentTemplate' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
