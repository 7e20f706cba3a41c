/**
 * crm.documentgenerator.document.delete. Sources: the official pages
 * api-reference/crm/document-generator/documents/crm-document-generator-document-delete.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, `null` as result and the error table. The mock answers the page's example, document 61
 * (specs/shared/document-method.ts says why documents are not kept in its store), and
 * `Document not found` for any other id.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createDocgenAccessRow, createDocumentAccess, moduleMissingRow, nullResultType } from './shared/document-generator.js'
import { createForeignDocumentRow, documentFaultRow, documentIdParam, documentNotFoundRow } from './shared/document-method.js'

export default defineMethod({
  method: 'crm.documentgenerator.document.delete',
  scope: 'crm',
  summary: { ru: 'Удалить документ', en: 'Delete a document' },
  description: {
    ru: 'Метод `crm.documentgenerator.document.delete` удаляет документ и возвращает `null`.',
    en: 'The `crm.documentgenerator.document.delete` method deletes a document and returns `null`.',
  },
  access: createDocumentAccess('update', 'docgenAccessError'),
  params: [documentIdParam],
  result: { type: 'null', const: null, description: { ru: 'Всегда `null`', en: 'Always `null`' } },
  errors: [
    documentFaultRow,
    documentNotFoundRow,
    createDocgenAccessRow('Нет доступа к документу', 'The document is out of reach'),
    createForeignDocumentRow(''),
    moduleMissingRow,
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'deleteDocument61',
      title: { ru: 'Удалить документ с `id = 61`', en: 'Delete the document with `id = 61`' },
      params: { id: 61 },
      result: null,
    },
  ],
  related: [
    'crm.documentgenerator.document.add',
    'crm.documentgenerator.document.update',
    'crm.documentgenerator.document.get',
    'crm.documentgenerator.document.list',
  ],
  operation: { kind: 'example', entity: 'document', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [nullResultType]
