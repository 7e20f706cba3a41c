/**
 * The "error handling" section: the sample error answer (the spec's `errorExample` row) with its
 * HTTP status, the method's error table, and the system errors inlined from the shared list, since
 * the generated site has no include to point to.
 */
import type { ErrorRow } from '@b24kit/spec'
import type { PageContext } from './context.js'
import { type Lang, labels, pickText } from './labels.js'
import { escapeCell, formatDocJson, renderCode, renderInlineCode, renderTable } from './yfm.js'

/** The JSON body the server sends for an error row. */
export function buildErrorBody(row: ErrorRow, lang: Lang): { error: string; error_description: string } {
  return { error: row.code, error_description: pickText(row.text, lang) }
}

/** An error table: status, code (`-` where the server sends none), text and when it happens. */
export function renderErrorTable(rows: ErrorRow[], lang: Lang): string {
  const l = labels[lang]
  return renderTable(
    [`**${l.httpStatus}**`, `**${l.code}**`, `**${l.description}**`, `**${l.meaning}**`],
    rows.map((row) => [
      String(row.status),
      row.code === '' ? '`-`' : renderInlineCode(row.code),
      escapeCell(renderInlineCode(pickText(row.text, lang))),
      escapeCell(row.when[lang]),
    ]),
  )
}

/** The system rows' table by language, for the shared list it was rendered from: the same on every page. */
const systemTables = new WeakMap<readonly ErrorRow[], Map<Lang, string>>()

function renderSystemErrorTable(rows: ErrorRow[], lang: Lang): string {
  const tables = systemTables.get(rows) ?? new Map<Lang, string>()
  systemTables.set(rows, tables)
  const table = tables.get(lang) ?? renderErrorTable(rows, lang)
  tables.set(lang, table)
  return table
}

/** The error section: sample answer, method errors, system errors. */
export function renderErrorsSection(ctx: PageContext): string {
  const { spec, lang } = ctx
  const l = labels[lang]
  // The sample may be a system row: a method with no error row of its own shows one of those.
  const sample = [...spec.errors, ...ctx.shared.systemErrors].find((e) => e.id === spec.errorExample)
  if (!sample) throw new Error(`${spec.method}: errorExample "${spec.errorExample}" names no error row`)
  return [
    `## ${l.errors}`,
    `${l.httpStatus}: **${sample.status}**`,
    renderCode('json', formatDocJson(buildErrorBody(sample, lang))),
    l.errorInfo,
    `### ${l.errorCodes}`,
    spec.errors.length > 0 ? renderErrorTable(spec.errors, lang) : l.noOwnErrors,
    `### ${l.systemErrors}`,
    l.systemErrorsNote,
    renderSystemErrorTable(ctx.shared.systemErrors, lang),
  ].join('\n\n')
}
