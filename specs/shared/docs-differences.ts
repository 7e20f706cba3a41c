/**
 * Differences from the official pages that the specs keep on purpose, in the shape
 * `pnpm import-docs --check` reads from a spec's `docsDifferences` export. The reasons shared by
 * many specs are written once here.
 */

/** One difference kept on purpose: the check's path, the docs' value it answers, and why. */
export interface DocsDifference {
  path: string
  docs: string
  reason: string
}

/** Rows whose text the page's table prints without the final period the server sends. */
export function keepFinalPeriods(rows: Record<string, string>): DocsDifference[] {
  return Object.entries(rows).map(([id, docs]) => ({
    path: `errors[${id}].text`,
    docs,
    reason: "the server sends the text with its final period, as the page's sample error answer shows; the table drops it",
  }))
}

/** Rows the page lists that the spec does not model yet, as `[code, text]` (code '' when empty). */
export function keepUnmodelledRows(rows: [code: string, text: string][]): DocsDifference[] {
  return rows.map(([code, text]) => ({
    path: `errors[code ${code || '(empty)'}, text ${text}]`,
    docs: 'present',
    reason: 'not in the spec yet: the mock never answers this row, and the spec takes it once the model can say when it fires (issue 14)',
  }))
}

/** The rows the crm.contact.add and crm.contact.update pages both list and the specs do not model yet. */
export const contactWriteRowsNotModelled: DocsDifference[] = keepUnmodelledRows([
  ['', "Parameter 'fields' must be array"],
  ['', "Parameter 'params' must be array"],
  ['', 'Disk resource exhausted'],
  ['ERROR_CORE', 'The field Work e-mail contains an invalid address'],
])

/**
 * Rows of a table whose code column holds the server's text (the page's sample error answers send it
 * as `error_description` with an empty `error`), as `row id -> the table's text`.
 */
export function keepTextsFromCodeColumn(rows: Record<string, string>): DocsDifference[] {
  const reason = "the table's code column holds the server's text; the sample error answers send it as the text, with an empty code"
  return Object.entries(rows).flatMap(([id, text]) => [
    { path: `errors[code ${text}, text (absent)]`, docs: 'present', reason },
    { path: `errors[${id}]`, docs: '(absent)', reason },
  ])
}
