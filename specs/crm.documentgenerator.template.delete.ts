/**
 * crm.documentgenerator.template.delete. Sources: the official pages
 * api-reference/crm/document-generator/templates/crm-document-generator-template-delete.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, `null` as result and the error table. The mock answers the page's example, template 41
 * (specs/shared/template-method.ts says why templates are not kept in its store), and
 * `Template not found` for any other id.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  listDocgenSiblings,
  moduleMissingRow,
  nullResultType,
  templateEditorAccess,
  templatesForbiddenRow,
} from './shared/document-generator.js'
import { templateIdParam, templateNotFoundRow, templateOutOfReachRow } from './shared/template-method.js'

export default defineMethod({
  method: 'crm.documentgenerator.template.delete',
  scope: 'crm',
  summary: { ru: 'Удалить шаблон документа', en: 'Delete a document template' },
  description: {
    ru: 'Метод `crm.documentgenerator.template.delete` удаляет шаблон документа и возвращает `null`.',
    en: 'The `crm.documentgenerator.template.delete` method deletes a document template and returns `null`.',
  },
  access: templateEditorAccess,
  params: [templateIdParam],
  result: { type: 'null', const: null, description: { ru: 'Всегда `null`', en: 'Always `null`' } },
  errors: [templateNotFoundRow, templateOutOfReachRow, templatesForbiddenRow, moduleMissingRow],
  errorExample: 'notFound',
  examples: [
    {
      id: 'deleteTemplate41',
      title: { ru: 'Удалить шаблон с `id = 41`', en: 'Delete the template with `id = 41`' },
      params: { id: 41 },
      result: null,
    },
  ],
  related: listDocgenSiblings('crm.documentgenerator.template.delete'),
  operation: { kind: 'example', entity: 'documentTemplate', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [nullResultType]
