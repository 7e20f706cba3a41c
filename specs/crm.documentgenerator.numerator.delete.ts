/**
 * crm.documentgenerator.numerator.delete. Sources: the official pages
 * api-reference/crm/document-generator/numerator/crm-document-generator-numerator-delete.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, `null` as result and the error table. The page deletes numerator 47, which the default store
 * holds for it.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  listDocgenSiblings,
  moduleMissingRow,
  nullResultType,
  numeratorFaultRow,
  templateEditorAccess,
  templatesForbiddenRow,
} from './shared/document-generator.js'
import { numeratorIdParam, numeratorNotFoundRow, numeratorOperation, numeratorOutOfReachRow } from './shared/numerator-method.js'

export default defineMethod({
  method: 'crm.documentgenerator.numerator.delete',
  scope: 'crm',
  summary: { ru: 'Удалить нумератор', en: 'Delete a numerator' },
  description: {
    ru: 'Метод `crm.documentgenerator.numerator.delete` удаляет нумератор и возвращает `null`.',
    en: 'The `crm.documentgenerator.numerator.delete` method deletes a numerator and returns `null`.',
  },
  access: templateEditorAccess,
  params: [numeratorIdParam],
  result: { type: 'null', const: null, description: { ru: 'Всегда `null`', en: 'Always `null`' } },
  errors: [numeratorNotFoundRow, numeratorFaultRow, numeratorOutOfReachRow, templatesForbiddenRow, moduleMissingRow],
  errorExample: 'notFound',
  examples: [
    {
      id: 'deleteNumerator47',
      title: { ru: 'Удалить нумератор с `id = 47`', en: 'Delete the numerator with `id = 47`' },
      params: { id: 47 },
      result: null,
    },
  ],
  related: listDocgenSiblings('crm.documentgenerator.numerator.delete'),
  operation: { kind: 'delete', by: 'id', cascade: false, notFound: 'notFound', ...numeratorOperation },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = [nullResultType]
