/**
 * Where the crm.<owner>.details.configuration.* specs differ from their pages on purpose, for
 * `pnpm import-docs --check`. One handler serves every owner, so the specs keep one set of server
 * rows, as the contact and item pages print them (final periods, `i` and `j` for the indexes, "has
 * type", "does not have name"); the company, lead and deal pages print the same rows otherwise.
 */
import type { DocsDifference } from './docs-differences.js'

const oneHandler = "one handler serves every owner; the spec keeps the contact and item pages' text of the row, with its final period"

/** One row's text as a page prints it (`lang` for the Russian page), kept as the spec has it. */
const text = (id: string, docs: string, lang = ''): DocsDifference => ({
  path: `errors[${id}].text${lang ? `.${lang}` : ''}`,
  docs,
  reason: oneHandler,
})

const accessNoPeriod = text('accessDenied', 'Access denied')
const forcePermission: DocsDifference = {
  path: 'access.permission',
  docs: 'update',
  reason: 'the right is the CRM setting "Allow to change settings", which the mock has no notion of; the access is text-only',
}
const sectionTypeRu = text('sectionType', "Section at index i have type data[i].type. The expected type is 'section'.", 'ru')

/** The set rows without their final period, as the company, lead and deal pages print them. */
const setRowsWithoutPeriod = [
  text('dataNotArray', "Parameter 'data' must be array"),
  text('dataNotList', 'The data must be indexed array'),
  text('dataEmpty', 'There are no data to write'),
]

/** The company page's set rows, printed with `#` for the indexes. */
const companyIndexRows: DocsDifference[] = [
  ["Section at index # has type data[i].type. The expected type is 'section'", 'sectionType'],
  ['Section at index # does not have name', 'sectionName'],
  ['Section at index # does not have title', 'sectionTitle'],
  ['Element at index # in section at index # does not have name', 'elementName'],
].flatMap(([docs, id]) => [
  { path: `errors[code (empty), text ${docs}]`, docs: 'present', reason: oneHandler },
  { path: `errors[${id}]`, docs: '(absent)', reason: oneHandler },
])

const byMethod: Record<string, DocsDifference[]> = {
  'crm.contact.details.configuration.forceCommonScopeForAll': [forcePermission],
  'crm.contact.details.configuration.set': [sectionTypeRu],
  'crm.company.details.configuration.get': [accessNoPeriod],
  'crm.company.details.configuration.reset': [accessNoPeriod],
  'crm.company.details.configuration.forceCommonScopeForAll': [forcePermission, accessNoPeriod],
  'crm.company.details.configuration.set': [accessNoPeriod, ...setRowsWithoutPeriod, ...companyIndexRows],
  'crm.lead.details.configuration.get': [accessNoPeriod],
  'crm.lead.details.configuration.reset': [accessNoPeriod],
  'crm.lead.details.configuration.forceCommonScopeForAll': [forcePermission, accessNoPeriod],
  'crm.lead.details.configuration.set': [
    accessNoPeriod,
    ...setRowsWithoutPeriod,
    text('sectionType', "Section at index i has type data[i].type. The expected type is 'section'"),
    text('sectionType', "Section at index i have type data[i].type. The expected type is 'section'", 'ru'),
    text('sectionName', 'Section at index i does not have name'),
    text('sectionTitle', 'Section at index i does not have title'),
    text('elementName', 'Element at index j in section at index i does not have name'),
  ],
  'crm.deal.details.configuration.get': [accessNoPeriod],
  'crm.deal.details.configuration.reset': [accessNoPeriod],
  'crm.deal.details.configuration.forceCommonScopeForAll': [accessNoPeriod],
  'crm.deal.details.configuration.set': [
    accessNoPeriod,
    ...setRowsWithoutPeriod,
    text('sectionType', "Section at index i has type data[i].type. The expected type is 'section'"),
    text('sectionType', "Section at index i have type data[i].type. The expected type is 'section'", 'ru'),
    text('sectionName', 'Section at index i does not have a name'),
    text('sectionName', 'Section at index i does not have name', 'ru'),
    text('sectionTitle', 'Section at index i does not have a title'),
    text('sectionTitle', 'Section at index i does not have title', 'ru'),
    text('elementName', 'Element at index j in section at index i does not have a name'),
    text('elementName', 'Element at index j in section at index i does not have name', 'ru'),
  ],
  'crm.item.details.configuration.set': [text('sectionType', "Section at index i have type data[i].type. The expected type is 'section'.")],
}

/** The differences one card configuration spec keeps on purpose. */
export function getCardDocsDifferences(method: string): DocsDifference[] {
  return byMethod[method] ?? []
}
