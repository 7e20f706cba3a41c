/**
 * crm.documentgenerator.document.enablepublicurl. Sources: the official pages
 * api-reference/crm/document-generator/documents/crm-document-generator-document-enable-public-url.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id` and `status`, the `{ publicUrl }` answer and the error table. The mock answers the page's
 * example, document 61 (specs/shared/document-method.ts says why documents are not kept in its
 * store), and `Document not found` for any other call.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createDocgenAccessRow, createDocumentAccess, moduleMissingRow } from './shared/document-generator.js'
import {
  createForeignDocumentRow,
  createModifyForbiddenRow,
  documentFaultRow,
  documentIdParam,
  documentNotFoundRow,
  viewForbiddenRow,
} from './shared/document-method.js'

export default defineMethod({
  method: 'crm.documentgenerator.document.enablepublicurl',
  scope: 'crm',
  summary: { ru: 'Включить или выключить публичную ссылку на документ', en: 'Turn a document public link on or off' },
  description: {
    ru: 'Метод `crm.documentgenerator.document.enablepublicurl` включает публичную ссылку на документ (`status = 1`) или выключает ее (`status = 0`).',
    en: 'The `crm.documentgenerator.document.enablepublicurl` method turns a public link to a document on (`status = 1`) or off (`status = 0`).',
  },
  access: createDocumentAccess('update', 'modifyForbidden'),
  params: [
    documentIdParam,
    {
      name: 'status',
      type: 'integer',
      required: false,
      enum: [{ value: 0 }, { value: 1 }],
      description: { ru: '`1` включает ссылку, `0` выключает.', en: '`1` turns the link on, `0` turns it off.' },
    },
  ],
  result: {
    type: 'object',
    properties: [
      {
        name: 'publicUrl',
        type: 'string',
        nullable: true,
        description: { ru: 'Публичная ссылка, `null` когда выключена', en: 'The public link, `null` when off' },
      },
    ],
    description: { ru: 'Публичная ссылка в `publicUrl`', en: 'The public link in `publicUrl`' },
  },
  errors: [
    documentFaultRow,
    createDocgenAccessRow('Нет доступа к документу', 'The document is out of reach'),
    documentNotFoundRow,
    createForeignDocumentRow(''),
    createModifyForbiddenRow(''),
    viewForbiddenRow,
    moduleMissingRow,
  ],
  errorExample: 'notFound',
  examples: [
    {
      id: 'enablePublicUrl61',
      title: { ru: 'Включить публичную ссылку на документ 61', en: 'Turn on the public link of document 61' },
      params: { id: 61, status: 1 },
      result: { publicUrl: 'https://bitrix.bitrix24.com/~71q5j' },
    },
  ],
  related: [
    'crm.documentgenerator.document.get',
    'crm.documentgenerator.document.update',
    'crm.documentgenerator.document.delete',
    'crm.documentgenerator.document.list',
  ],
  operation: { kind: 'example', entity: 'document', noMatch: 'notFound' },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
