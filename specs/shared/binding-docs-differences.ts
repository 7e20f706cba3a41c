/**
 * Where the relation specs built by specs/shared/binding-specs.ts differ from their pages on
 * purpose, for `pnpm import-docs --check`. One REST handler serves every owner's contact bindings,
 * so the specs answer the server rows the deal and quote pages print, whatever a page leaves out.
 */
import { type DocsDifference, keepFinalPeriods, keepUnmodelledRows } from './docs-differences.js'

const leadTable =
  "the lead pages' error table names codes and causes but gives no server text; the spec answers the rows the deal and quote pages print for the same handler"
const sameHandler = 'the page lists no such row; the deal pages give it for the same handler, and the mock answers it'

/** Spec rows the page does not list. */
const addedRows = (ids: string[], reason = sameHandler): DocsDifference[] =>
  ids.map((id) => ({ path: `errors[${id}]`, docs: '(absent)', reason }))

/** The lead pages' generic table: a NOT_FOUND row and two empty-code rows without texts, and each spec row beside them. */
function createLeadDifferences(specRows: string[]): DocsDifference[] {
  return [
    { path: 'errors[code NOT_FOUND, text (absent)]', docs: 'present', reason: leadTable },
    { path: 'errors[code (empty), text (absent)]', docs: 'present', reason: leadTable },
    ...addedRows(specRows, leadTable),
  ]
}

/** The quote pages' empty-code row is the refusal to read the bound contact; the spec's is the owner permission. */
const contactReadRow = (): DocsDifference[] =>
  (
    [
      ['text', '[Contact #2647] You do not have permission to view this item'],
      ['text.ru', '[Контакт #2647] У Вас нет прав на просмотр этого элемента'],
    ] as const
  ).map(([field, docs]) => ({
    path: `errors[accessDenied].${field}`,
    docs,
    reason:
      "the page's empty-code row refuses a contact the user may not read, a per-record permission the mock does not model; the spec's empty-code row is the owner permission the deal pages give",
  }))

const withBinding = ['invalidOwner', 'fieldsNotArray', 'accessDenied', 'notFound', 'invalidBinding']
const ownerOnly = ['invalidOwner', 'accessDenied', 'notFound']

/** The contact pages print the items.* rows with the quoted name of add and delete; the server quotes it only there. */
const unquotedOwner = (): DocsDifference[] => [
  {
    path: "errors[code (empty), text The parameter 'ownerEntityID' is invalid or not defined]",
    docs: 'present',
    reason: 'the items.* methods send the name unquoted, as crm.deal.contact.items.get and the items.set page of this family print it',
  },
  { path: 'errors[invalidOwner]', docs: '(absent)', reason: 'the row above, with the text the server sends' },
]

const byMethod: Record<string, DocsDifference[]> = {
  'crm.contact.company.add': [
    ...keepFinalPeriods({
      invalidOwner: "The parameter 'ownerEntityID' is invalid or not defined",
      fieldsNotArray: "The parameter 'fields' must be array",
      notFound: 'Not found',
      invalidBinding: "The parameter 'fields' is not valid",
    }),
    ...addedRows(['accessDenied']),
  ],
  'crm.contact.company.delete': [
    ...keepFinalPeriods({
      invalidOwner: "The parameter 'ownerEntityID' is invalid or not defined",
      notFound: 'Not found',
      invalidBinding: "The parameter 'fields' is not valid",
    }),
    {
      path: "errors[code (empty), text The parameter 'fields' must be array]",
      docs: 'present',
      reason: "delete reads `fields` as its one binding and refuses it as 'item', as the deal and quote delete pages print it",
    },
    ...addedRows(['fieldsNotArray', 'accessDenied']),
    {
      path: 'params.fields.COMPANY_ID',
      docs: 'integer, required',
      reason: 'the page lists the key beside `fields`; the spec gives it as the required property of `fields`',
    },
  ],
  'crm.contact.company.items.get': [...unquotedOwner(), ...addedRows(['accessDenied', 'notFound'])],
  'crm.contact.company.items.delete': [...unquotedOwner(), ...addedRows(['accessDenied', 'notFound'])],
  'crm.contact.company.items.set': [
    ...keepFinalPeriods({
      invalidOwner: 'The parameter ownerEntityID is invalid or not defined',
      itemsNotArray: 'The parameter items must be array',
      notFound: 'Not found',
    }),
    ...addedRows(['accessDenied']),
    ...addedRows(
      ['invalidBinding'],
      "the page lists no row for a binding without a company id; the server reads bindings by crm.contact.company.add's rule, whose page gives this row",
    ),
  ],
  'crm.lead.contact.add': createLeadDifferences(withBinding),
  'crm.lead.contact.delete': createLeadDifferences(withBinding),
  'crm.lead.contact.items.get': createLeadDifferences(ownerOnly),
  'crm.lead.contact.items.delete': createLeadDifferences(ownerOnly),
  'crm.lead.contact.items.set': [
    ...createLeadDifferences(['invalidOwner', 'itemsNotArray', 'invalidBinding', 'accessDenied', 'notFound']),
    {
      path: 'params.items.type',
      docs: 'object',
      reason: "the page's own example sends `items` as a list of bindings, as crm.deal.contact.items.set does",
    },
  ],
  'crm.quote.contact.add': contactReadRow(),
  'crm.quote.contact.delete': contactReadRow(),
  'crm.quote.contact.items.get': addedRows(['accessDenied', 'notFound']),
  'crm.quote.contact.items.delete': addedRows(['accessDenied', 'notFound']),
  'crm.quote.contact.items.set': [
    ...keepUnmodelledRows([
      ['', '[Contact #2647] You do not have permission to view this item'],
      ['ERROR_CORE', 'Text of the internal error'],
    ]),
    ...addedRows(['accessDenied']),
    ...addedRows(
      ['invalidBinding'],
      "the page lists no row for a binding without a contact id; the server reads bindings by crm.quote.contact.add's rule, whose page gives this row",
    ),
  ],
}

/** The differences one relation spec keeps on purpose. */
export function getBindingDocsDifferences(method: string): DocsDifference[] {
  return byMethod[method] ?? []
}
