/**
 * crm.documentgenerator.numerator.get. Sources: the official pages
 * api-reference/crm/document-generator/numerator/crm-document-generator-numerator-get.md in
 * bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, the `{ numerator }` answer and the error table. The page reads numerator 45; the answer here is
 * the default store's numerator 45, with its id as a number (the page prints `"45"`).
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import {
  listDocgenSiblings,
  moduleMissingRow,
  numeratorFaultRow,
  templateEditorAccess,
  templatesForbiddenRow,
} from './shared/document-generator.js'
import { createStoredSettings } from './shared/document-generator-entities.js'
import {
  numeratorIdParam,
  numeratorNotFoundRow,
  numeratorOperation,
  numeratorOutOfReachRow,
  numeratorRecord,
} from './shared/numerator-method.js'

export default defineMethod({
  method: 'crm.documentgenerator.numerator.get',
  scope: 'crm',
  summary: { ru: 'Получить нумератор по Id', en: 'Get a numerator by ID' },
  description: {
    ru: 'Метод `crm.documentgenerator.numerator.get` возвращает нумератор по идентификатору в `numerator`.',
    en: 'The `crm.documentgenerator.numerator.get` method returns a numerator by its ID in `numerator`.',
  },
  access: templateEditorAccess,
  params: [numeratorIdParam],
  result: {
    type: 'object',
    wrap: { key: 'numerator' },
    record: numeratorRecord,
    description: { ru: 'Нумератор в `numerator`', en: 'The numerator in `numerator`' },
  },
  errors: [numeratorFaultRow, numeratorNotFoundRow, numeratorOutOfReachRow, templatesForbiddenRow, moduleMissingRow],
  errorExample: 'notFound',
  examples: [
    {
      id: 'getNumerator45',
      title: { ru: 'Получить нумератор с `id = 45`', en: 'Get the numerator with `id = 45`' },
      params: { id: 45 },
      result: {
        numerator: {
          id: 45,
          name: 'REST Enumerator (updated)',
          template: 'INV-{NUMBER}',
          code: null,
          settings: createStoredSettings(100),
        },
      },
    },
  ],
  related: listDocgenSiblings('crm.documentgenerator.numerator.get'),
  operation: { kind: 'get', by: 'id', notFound: 'notFound', wrap: 'numerator', ...numeratorOperation },
})

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = []
