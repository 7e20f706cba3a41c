/**
 * What crm.item.import and crm.item.batchImport share: who may call them, their error rows and the
 * deal their pages' examples import. Sources: the official pages
 * api-reference/crm/universal/import/ in bitrix24/b24restdocs (English) and
 * bitrix-tools/b24-rest-docs (Russian).
 *
 * The family is example-backed: an import answers only the new item's id (`{ item: { id } }`), while
 * the store's add operation answers the whole record, and the examples' fields carry values the
 * item store would refuse or change (`formatDate(monthAgo)` left from the page's JS, a category 9
 * the default store does not have). The mock answers the pages' examples.
 */
import type { MethodSpecInput } from '@b24kit/spec'
import type { DocsDifference } from './docs-differences.js'
import { keepIntranetWording, keepOwnLink, smartProcessNotFoundText, useOriginalUfNamesAsText } from './item-docs-differences.js'
import { createItemDeniedRow, createRestrictedRow, fieldValueRow, intranetOnlyRow, iterableRow, typeNotFoundRow } from './item-method.js'

/** Who may import, as the pages say it: the import right is not one the mock's roles know. */
export const importAccess = {
  description: {
    ru: 'пользователь с правом «импорт» на тип объекта CRM',
    en: 'a user with the "import" permission on the CRM object type',
  },
} as const

/** The rows both pages list (batchImport adds its batch limit). */
export const importRows = [
  intranetOnlyRow,
  typeNotFoundRow,
  createItemDeniedRow(
    { ru: 'Доступ запрещен', en: 'Access denied' },
    'У пользователя нет права импортировать элементы типа `entityTypeId`',
    'The user may not import items of type `entityTypeId`',
  ),
  fieldValueRow,
  iterableRow,
  createRestrictedRow,
] as const satisfies MethodSpecInput['errors']

/** The `{ item: { id } }` an import answers for each new item (mutable, as the model takes property lists). */
export const importedItemShape: { type: 'object'; properties: NonNullable<MethodSpecInput['result']['properties']> } = {
  type: 'object',
  properties: [
    {
      name: 'item',
      type: 'object',
      required: true,
      properties: [{ name: 'id', type: 'integer', required: true, description: { ru: 'ID нового элемента', en: 'The new item ID' } }],
    },
  ],
}

/** The deal the pages' examples import, as they print it (`formatDate(...)` included). */
export const exampleDeal = {
  title: 'New deal (specifically for REST method examples)',
  typeId: 'SERVICE',
  categoryId: 9,
  stageId: 'C9:UC_KN8KFI',
  isReccurring: 'Y',
  probability: 50,
  currencyId: 'USD',
  isManualOpportunity: 'Y',
  opportunity: 999.99,
  taxValue: 99.9,
  companyId: 5,
  contactId: 4,
  contactIds: [4, 5],
  quoteId: 7,
  begindate: 'formatDate(monthAgo)',
  closedate: 'formatDate(twelveDaysInAdvance)',
  opened: 'N',
  comments: 'commentsExample',
  assignedById: 6,
  sourceId: 'WEB',
  sourceDescription: 'There should be an additional description about the source',
  leadId: 102,
  additionalInfo: 'There should be additional information',
  observers: [2, 3],
  utmSource: 'google',
  utmMedium: 'CPC',
  ufCrm_1721244707107: 1111.1,
  parentId1220: 2,
}

/** What both specs keep apart from their pages. */
export const importDifferences: DocsDifference[] = [
  useOriginalUfNamesAsText,
  smartProcessNotFoundText,
  keepIntranetWording('This action is allowed only for intranet users'),
  {
    path: 'errors[code INVALID_CREDENTIALS, text Invalid authorization data for the request]',
    docs: 'present',
    reason: 'a system row every method answers (specs/shared/system-errors.ts), not one of the method',
  },
  keepOwnLink('crm.item.add', 'an import is an add with system fields open; the link leads to the plain add'),
]
