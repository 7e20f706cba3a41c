/**
 * Reads the rows of YFM tables: parameter rows (name, required marker, type, possible values,
 * anchors of nested tables) and error rows (the nine header layouts mapped to roles).
 */
import type { ErrorFact, Lang, ParamFact, RequiredMarker } from './facts.js'
import { findAll, getText, parseMarkdown, readCodeList } from './markdown.js'
import type { YfmTable } from './yfm-tables.js'

/** A parameter row and the `#anchors` its description links to (where nested tables hang). */
export interface ParamRow extends ParamFact {
  anchors: string[]
}

// `**id***`, `**id^*^**`, `**id**^*^`: the three spellings of the required marker.
const NAME_CELL = /^\*\*(.+?)(\^\*\^)?\*\*(\*|\^\*\^)?/
const VALUES_INTRO =
  /possible values|allowed values|accepted values|can take|one of the|возможные значения|допустимые значения|принимает значения|одно из/i

/** The header cells without formatting, lower-cased; a Latin `C` in `Cообщение` made Cyrillic. */
export function normaliseHeader(header: string[]): string[] {
  return header.map((cell) =>
    getText(parseMarkdown(cell.split('\n')[0] ?? ''))
      .trim()
      .toLowerCase()
      .replace(/^c(?=ообщ)/, 'с'),
  )
}

/** Whether a table lists parameters or fields: its first header cell is a name column. */
export function isNameTable(table: YfmTable): boolean {
  const first = normaliseHeader(table.header)[0] ?? ''
  return /^(name|название|параметр|parameter|field|поле|key|ключ)(?!\p{L})/u.test(first)
}

/** Reads one parameter row, or undefined when the first cell holds no `**name**`. */
export function readParamRow(cells: string[]): ParamRow | undefined {
  const nameCell = cells[0] ?? ''
  const match = NAME_CELL.exec(nameCell.trim())
  if (!match) return undefined
  const name = (match[1] as string).replace(/\\(.)/g, '$1').trim()
  const marker: RequiredMarker | undefined = match[2] ? 'sup-inside' : match[3] === '*' ? 'star' : match[3] ? 'sup-after' : undefined
  const typeCode = findAll(parseMarkdown(nameCell.slice(match[0].length)), 'inlineCode')[0]
  const description = parseMarkdown(cells[1] ?? '')
  const row: ParamRow = { name, type: typeCode?.value.trim() ?? '', required: marker !== undefined, anchors: [] }
  if (marker) row.requiredMarker = marker
  if (VALUES_INTRO.test(getText(description))) {
    const values = findAll(description, 'list')
      .map(readCodeList)
      .find((v) => v !== undefined)
    if (values) row.enumValues = values
  }
  for (const link of findAll(description, 'link')) {
    const anchor = /^#(.+)$/.exec(link.url)?.[1]
    if (anchor) row.anchors.push(anchor)
  }
  return row
}

/** The role of each column of an error table, or undefined when the table is not an error table. */
export function mapErrorColumns(header: string[]): { roles: ('status' | 'code' | 'text' | 'meaning')[]; layout: string } | undefined {
  const cells = normaliseHeader(header)
  const layout = cells.join(' | ')
  const explicitText = cells.some((c) => /сообщение|message|текст ошибки|error text/.test(c))
  const otherMeaning = cells.some((c) =>
    /^(значение|value|когда возникает|when it occurs|дополнительная информация|additional information)/.test(c),
  )
  const roles = cells.map((c) => {
    if (/^(status|статус|http[- ]?(status|статус))$/.test(c)) return 'status' as const
    if (/^(code|код|error code|код ошибки)$/.test(c)) return 'code' as const
    if (/сообщение|message|текст ошибки|error text/.test(c)) return 'text' as const
    if (/^(описание|description)$/.test(c)) return !explicitText && otherMeaning ? ('text' as const) : ('meaning' as const)
    return 'meaning' as const
  })
  if (!roles.includes('code') && !roles.includes('text')) return undefined
  return { roles, layout }
}

const EMPTY_CODE = /^(empty( value| string)?|пустое значение|пустая строка|пусто|-|—|–|"")$/i

/** Reads the rows of an error table in one language. */
export function readErrorRows(table: YfmTable, lang: Lang): ErrorFact[] {
  const columns = mapErrorColumns(table.header)
  if (!columns) return []
  const rows: ErrorFact[] = []
  for (const cells of table.rows) {
    const row: ErrorFact = { code: '', layout: columns.layout }
    for (const [i, role] of columns.roles.entries()) {
      const value = getText(parseMarkdown(cells[i] ?? '')).trim()
      if (role === 'code') row.code = EMPTY_CODE.test(value) ? '' : value
      if (role === 'text' && value) row.text = { [lang]: value }
      if (role === 'status' && /^\d{3}$/.test(value)) row.status = Number(value)
    }
    rows.push(row)
  }
  return rows
}
