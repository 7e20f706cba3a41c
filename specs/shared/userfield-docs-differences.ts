/**
 * Where the crm.<entity>.userfield.* specs differ from their pages on purpose, for
 * `pnpm import-docs --check`. The contact pages and those of deals, leads, companies and quotes print
 * the same server rows differently (final periods, the HTTP status in the code column, quotes); the
 * specs keep one set of rows, the contact pages' with the periods of the sample error answers, since
 * one handler serves every owner.
 */
import { type DocsDifference, keepFinalPeriods } from './docs-differences.js'

const noCodeColumn =
  "the add page's table has no code column; its prose gives ERROR_CORE for a too long or badly spelled name, the update page ERROR_CORE for a repeated XML_ID, and the unknown type comes from the same core check"
const statusInCodeColumn =
  "the page puts the HTTP status in the code column; its sample error answer has an empty code with HTTP 400, as the contact page's"
const ownerPeriods =
  "the page prints the core rows with a final period and its own wording, the contact page without; one handler serves every owner, so the spec keeps the contact page's text"

/** A docs row the spec answers under another code (`code` as the page prints it), and the spec row beside it. */
function recode(code: string, text: string, rowId: string, reason: string): DocsDifference[] {
  return [
    { path: `errors[code ${code || '(empty)'}, text ${text}]`, docs: 'present', reason },
    { path: `errors[${rowId}]`, docs: '(absent)', reason },
  ]
}

const nameTaken: DocsDifference = {
  path: 'errors[nameTaken]',
  docs: '(absent)',
  reason: 'not on the page: the portal refuses a code the entity has already; the text is ours until the server’s is known',
}

const contactAdd: DocsDifference[] = [
  ...keepFinalPeriods({ accessDenied: 'Access denied' }),
  ...keepFinalPeriods({ nameMissing: "The 'FIELD_NAME' field is not found", typeMissing: "The 'USER_TYPE_ID' field is not found" }),
  ...recode('', 'Field name is too long (more than 50 characters)', 'nameTooLong', noCodeColumn),
  ...recode('', 'Field name contains invalid characters. Allowed characters are: A-Z, 0-9 and _', 'nameInvalid', noCodeColumn),
  ...recode('', 'Incorrect custom type specified', 'typeUnknown', noCodeColumn),
  ...recode('', 'A list item with XML_ID=XML_ID already exists', 'itemXmlIdTaken', noCodeColumn),
  nameTaken,
]

const periods = (rows: Record<string, string>) => keepFinalPeriods(rows)

/**
 * How the deal, lead, company and quote pages word three rows: they share one layout (the HTTP status
 * in the code column, final periods, no access row on add and list) and differ only in these texts.
 */
interface OwnerPageWording {
  /** The unknown type row of add, as the page prints it. */
  typeUnknown: { en: string; ru: string }
  /** The repeated XML_ID row of add (code ERROR_CORE), as the page prints it. */
  addXmlIdTaken: string
  /** The repeated XML_ID row of update, in English (the Russian is the same on every page). */
  updateXmlIdTaken: string
}

const dealWording: OwnerPageWording = {
  typeUnknown: { en: 'Incorrect custom type specified.', ru: 'Указан неверный пользовательский тип.' },
  addXmlIdTaken: 'List item with value XML_ID=xml_id already exists.',
  updateXmlIdTaken: "List item with XML_ID='XML_ID' already exists",
}

const otherWording: OwnerPageWording = {
  typeUnknown: { en: 'Invalid custom type specified.', ru: 'Указан неверный пользовательский тип.' },
  addXmlIdTaken: 'List item with XML_ID=xml_id already exists.',
  updateXmlIdTaken: "List item with value XML_ID='XML_ID' already exists",
}

/** The differences of one family's five pages laid out as the deal pages are (`family` as `crm.deal`). */
function createOwnerPageDifferences(family: string, wording: OwnerPageWording): Record<string, DocsDifference[]> {
  const noAccessRow = (who: string): DocsDifference => ({
    path: 'errors[accessDenied]',
    docs: '(absent)',
    reason: `the page lists no access row; ${who} gets the contact page's \`Access denied\``,
  })
  const periodRows: [string, { en: string; ru: string }][] = [
    ['nameTooLong', { en: 'Field name is too long (more than 50 characters).', ru: 'Имя поля слишком длинное (больше 50-ти символов).' }],
    [
      'nameInvalid',
      {
        en: 'Field name contains invalid characters. Allowed characters are: A-Z, 0-9 and _.',
        ru: 'Имя поля содержит недопустимые символы. Допустимыми являются: A-Z, 0-9 и _.',
      },
    ],
    ['typeUnknown', wording.typeUnknown],
  ]
  return {
    [`${family}.userfield.add`]: [
      ...(['en', 'ru'] as const).flatMap((lang) =>
        periodRows.map(([id, docs]) => ({ path: `errors[${id}].text.${lang}`, docs: docs[lang], reason: ownerPeriods })),
      ),
      ...recode('ERROR_CORE', wording.addXmlIdTaken, 'itemXmlIdTaken', ownerPeriods),
      noAccessRow('a user who is not a CRM administrator'),
      nameTaken,
    ],
    [`${family}.userfield.get`]: [
      ...recode('403', 'Access denied', 'accessDenied', statusInCodeColumn),
      ...recode('400', 'ID is not defined or invalid', 'invalidId', statusInCodeColumn),
    ],
    [`${family}.userfield.update`]: [
      ...recode('400', "Parameter 'fields' must be array", 'fieldsNotArray', statusInCodeColumn),
      ...recode('400', 'ID is not defined or invalid', 'invalidId', statusInCodeColumn),
      ...recode('403', 'Access denied', 'accessDenied', statusInCodeColumn),
      { path: 'errors[itemXmlIdTaken].text.en', docs: wording.updateXmlIdTaken, reason: ownerPeriods },
      { path: 'errors[itemXmlIdTaken].text.ru', docs: "Элемент списка со значением XML_ID='XML_ID' уже существует", reason: ownerPeriods },
    ],
    [`${family}.userfield.delete`]: [
      ...recode('400', 'ID is not defined or invalid', 'invalidId', statusInCodeColumn),
      ...recode('403', 'Access denied', 'accessDenied', statusInCodeColumn),
      ...recode('400', 'Error deleting FIELD_NAME for object ENTITY_ID', 'deleteFailed', statusInCodeColumn),
    ],
    [`${family}.userfield.list`]: [
      ...recode('400', "Parameter 'order' must be array", 'orderNotArray', statusInCodeColumn),
      ...recode('400', "Parameter 'filter' must be array", 'filterNotArray', statusInCodeColumn),
      noAccessRow('a user who may not read the records'),
      {
        path: 'result.type',
        docs: 'object',
        reason: 'the page names the result an object; its sample answer, as the contact page’s, is an array of fields',
      },
    ],
  }
}

const byMethod: Record<string, DocsDifference[]> = {
  'crm.contact.userfield.add': contactAdd,
  'crm.contact.userfield.get': periods({ accessDenied: 'Access denied', invalidId: 'ID is not defined or invalid' }),
  'crm.contact.userfield.update': periods({
    fieldsNotArray: "Parameter 'fields' must be array",
    invalidId: 'ID is not defined or invalid',
    accessDenied: 'Access denied',
  }),
  'crm.contact.userfield.delete': periods({ invalidId: 'ID is not defined or invalid', accessDenied: 'Access denied' }),
  'crm.contact.userfield.list': periods({
    orderNotArray: "Parameter 'order' must be array",
    filterNotArray: "Parameter 'filter' must be array",
    accessDenied: 'Access denied',
  }),
  ...createOwnerPageDifferences('crm.deal', dealWording),
  ...createOwnerPageDifferences('crm.lead', otherWording),
  ...createOwnerPageDifferences('crm.company', otherWording),
  ...createOwnerPageDifferences('crm.quote', otherWording),
}

/** The differences one userfield spec keeps on purpose. */
export function getUserFieldDocsDifferences(method: string): DocsDifference[] {
  return byMethod[method] ?? []
}

/** crm.contact.add and update: the custom list field's row, which the contact pages do not give. */
export const invalidValueDifference: DocsDifference = {
  path: 'errors[invalidValue]',
  docs: '(absent)',
  reason:
    "the contact pages give no row for a custom list field sent a value outside its items; the spec takes crm.item.add's row for a refused field value (code, texts, status)",
}
