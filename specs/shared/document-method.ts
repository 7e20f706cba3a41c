/**
 * What the crm.documentgenerator.document.* methods share: the `id` and `values` parameters and the
 * error rows their pages repeat. Sources: the official pages
 * api-reference/crm/document-generator/documents/ in bitrix24/b24restdocs and bitrix-tools/b24-rest-docs.
 *
 * The mock answers these methods from their examples: a document is a file the portal renders from a
 * template and a CRM object (number, PDF and image links, stamps, QR code), which the mock does not
 * make, so its store holds no documents.
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'
import { createDocgenIdParam } from './document-generator.js'

/** The document id (crm.documentgenerator.document.list and .add answer it). */
export const documentIdParam = createDocgenIdParam('Идентификатор документа.', 'The document ID.', [
  'crm.documentgenerator.document.list',
  'crm.documentgenerator.document.add',
])

/** The `values` parameter: field values set by hand, over what the template computes. */
export const documentValuesParam = {
  name: 'values',
  type: 'object',
  required: false,
  description: {
    ru: 'Значения полей документа, заданные вручную: поле -> значение (например `DocumentNumber`).',
    en: 'Document field values set by hand: field -> value (such as `DocumentNumber`).',
  },
} as const satisfies MethodSpecInput['params'][number]

/** The `stampsEnabled` parameter: `1` puts stamps and signatures on the document. */
export const stampsEnabledParam = {
  name: 'stampsEnabled',
  type: 'integer',
  required: false,
  enum: [{ value: 0 }, { value: 1 }],
  description: { ru: 'С печатями и подписями: `1` или `0`.', en: 'With stamps and signatures: `1` or `0`.' },
} as const satisfies MethodSpecInput['params'][number]

/** A code 0 row, which these pages tell apart by text only. */
export function createCodeZeroRow(
  id: string,
  text: string,
  ru: string,
  en: string,
  kind: 'invalidParams' | 'serverError' = 'invalidParams',
) {
  return { id, code: '0', status: 400, text, kind, when: { ru, en } } as const satisfies ErrorRowInput
}

/** Code 0 `Document not found`, which the portal translates: no document has the id. */
export const documentNotFoundRow = {
  id: 'notFound',
  code: '0',
  status: 400,
  text: { ru: 'Документ не найден', en: 'Document not found' },
  kind: 'notFound',
  when: { ru: 'Документ с переданным `id` не найден или недоступен', en: 'No document has the given `id`, or it is out of reach' },
} as const satisfies ErrorRowInput

/** `Document not found` for a document another module made (not crm); code '' on most pages, '0' on update. */
export function createForeignDocumentRow(code: '' | '0') {
  return {
    id: 'foreignDocument',
    code,
    status: 400,
    text: 'Document not found',
    kind: 'notFound',
    when: { ru: 'Документ создан не модулем CRM', en: 'The document was not made by the CRM module' },
  } as const satisfies ErrorRowInput
}

/** Code 100: the portal could not build the document object, as when `id` is missing. */
export const documentFaultRow = {
  id: 'documentFault',
  code: '100',
  status: 400,
  text: 'Bitrix\\DocumentGenerator\\Document constructor must be is public',
  kind: 'invalidParams',
  when: { ru: 'Не передан `id`', en: '`id` is missing' },
} as const satisfies ErrorRowInput

/** `You do not have permissions to view documents`. */
export const viewForbiddenRow = {
  id: 'viewForbidden',
  code: '',
  status: 400,
  text: 'You do not have permissions to view documents',
  kind: 'accessDenied',
  when: { ru: 'У пользователя нет права на просмотр документов', en: 'The user may not view documents' },
} as const satisfies ErrorRowInput

/** `You do not have permissions to modify this document`; code '' on most pages, '0' on update. */
export function createModifyForbiddenRow(code: '' | '0') {
  return {
    id: 'modifyForbidden',
    code,
    status: 400,
    text: 'You do not have permissions to modify this document',
    kind: 'accessDenied',
    when: { ru: 'У пользователя нет права на изменение документа', en: 'The user may not change the document' },
  } as const satisfies ErrorRowInput
}

/** The `{ document }` answer of add, get and update. */
export const wrappedDocumentResult: Pick<MethodSpecInput['result'], 'type' | 'properties'> = {
  type: 'object',
  properties: [
    {
      name: 'document',
      type: 'object',
      required: true,
      description: {
        ru: 'Документ: номер, название, ссылки на файл, PDF и изображение, значения полей',
        en: 'The document: number, title, links to the file, PDF and image, field values',
      },
    },
  ],
}
