/** Error rows turned into expected outcomes: one per portal language where the row is localised. */
import type { ErrorRow } from '@b24kit/spec'
import type { CaseData, CaseError, CasePortal } from './case-shape.js'

/** The portal languages, in the order the cases list them. */
export const portalLangs = ['ru', 'en'] as const

/** One expected error per language the row's text differs in; `lang` undefined means the default. */
export function expandRow(row: ErrorRow): { lang: 'ru' | 'en' | undefined; error: CaseError }[] {
  const base = { status: row.status, code: row.code, kind: row.kind, errorId: row.id }
  if (typeof row.text === 'string') return [{ lang: undefined, error: { ...base, description: row.text } }]
  const { text } = row
  return portalLangs.map((lang) => ({ lang, error: { ...base, description: text[lang] } }))
}

/** The text the client reports for a row it checks itself (English where the row has both). */
export function getClientText(row: ErrorRow): string {
  return typeof row.text === 'string' ? row.text : row.text.en
}

type ErrorCaseInput = Omit<CaseData, 'expect' | 'portal'> & { portal?: CasePortal }

/** The cases of one error row: the same call, once per language where the text is localised. */
export function buildErrorCases(row: ErrorRow, input: ErrorCaseInput): CaseData[] {
  return expandRow(row).map(({ lang, error }) => {
    const portal: CasePortal = { ...input.portal, ...(lang ? { lang } : {}) }
    return {
      ...input,
      id: lang ? `${input.id}:${lang}` : input.id,
      title: lang ? `${input.title} (portal in ${lang})` : input.title,
      portal,
      expect: { error },
    }
  })
}

/** Finds a row by id; the spec validator already guarantees it exists. */
export function getRowOrThrow(rows: readonly ErrorRow[], id: string, where: string): ErrorRow {
  const row = rows.find((r) => r.id === id)
  if (!row) throw new Error(`${where}: no error row "${id}"`)
  return row
}
