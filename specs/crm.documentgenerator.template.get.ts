/**
 * crm.documentgenerator.template.get. Sources: the official pages
 * api-reference/crm/document-generator/templates/crm-document-generator-template-get.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, the `{ template }` answer and the error table. The mock answers the page's template 41
 * (specs/shared/template-method.ts says why templates are not kept in its store), and
 * `Template not found` for any other id.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { listDocgenSiblings, moduleMissingRow, templateEditorAccess, templatesForbiddenRow } from './shared/document-generator.js'
import {
  createTemplate41,
  templateIdParam,
  templateNotFoundRow,
  templateOutOfReachRow,
  wrappedTemplateResult,
} from './shared/template-method.js'

export default defineMethod({
  method: 'crm.documentgenerator.template.get',
  scope: 'crm',
  summary: { ru: 'Получить шаблон документа по Id', en: 'Get a document template by ID' },
  description: {
    ru: 'Метод `crm.documentgenerator.template.get` возвращает шаблон документа по идентификатору в `template`.',
    en: 'The `crm.documentgenerator.template.get` method returns a document template by its ID in `template`.',
  },
  access: templateEditorAccess,
  params: [templateIdParam],
  result: { ...wrappedTemplateResult, description: { ru: 'Шаблон в `template`', en: 'The template in `template`' } },
  errors: [templateNotFoundRow, templateOutOfReachRow, templatesForbiddenRow, moduleMissingRow],
  errorExample: 'notFound',
  examples: [
    {
      id: 'getTemplate41',
      title: { ru: 'Получить шаблон с `id = 41`', en: 'Get the template with `id = 41`' },
      params: { id: 41 },
      result: { template: createTemplate41('Template from file (updated)', '2026-03-18T17:26:29+03:00') },
    },
  ],
  related: listDocgenSiblings('crm.documentgenerator.template.get'),
  operation: { kind: 'example', entity: 'documentTemplate', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
