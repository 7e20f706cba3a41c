/**
 * Building blocks of Yandex Flavored Markdown as the Bitrix24 docs use it: `#|` tables,
 * `{% list tabs %}`, `{% note %}` and fenced code. Pure string functions, so each section file
 * stays about content rather than syntax.
 */

/** A `#|` table; each cell is Markdown and may span lines. The first row is the header. */
export function renderTable(header: string[], rows: string[][]): string {
  return ['#|', renderTableRow(header), ...rows.map(renderTableRow), '|#'].join('\n')
}

/** One row of a table (renderTable), a line of its own. */
export function renderTableRow(cells: readonly string[]): string {
  return `|| ${cells.join(' | ')} ||`
}

/** One tab of a `{% list tabs %}` block. */
export interface Tab {
  title: string
  body: string
}

/** A line break followed by a non-empty line (neither another break nor the end). */
const nonEmptyLineStart = /\n(?!\n|$)/g

/** Indents every non-empty line, so a block can sit inside a list item (a tab). */
export function indentBlock(text: string, by = '    '): string {
  // One regular-expression pass rather than split, map and join: every tab of every page comes here.
  // `$` is special in a replacement string: doubled, it stands for itself.
  const rest = text.replace(nonEmptyLineStart, `\n${by.replaceAll('$', '$$$$')}`)
  return text === '' || text.startsWith('\n') ? rest : by + rest
}

/** One item of a `{% list tabs %}` block: the title, then the body indented under it. */
export function renderTabItem(tab: Tab): string {
  return `- ${tab.title}\n\n${indentBlock(tab.body)}`
}

/** A `{% list tabs %}` block of items as renderTabItem renders them. */
export function renderTabList(items: string[]): string {
  return ['{% list tabs %}', ...items, '{% endlist %}'].join('\n\n')
}

/** A `{% list tabs %}` block; each tab's body is indented under its list item. */
export function renderTabs(tabs: Tab[]): string {
  return renderTabList(tabs.map(renderTabItem))
}

/** A `{% note %}` block of the given kind with an optional title. */
export function renderNote(kind: 'info' | 'warning' | 'alert' | 'tip', title: string | undefined, body: string): string {
  const head = title === undefined ? `{% note ${kind} %}` : `{% note ${kind} "${title.replaceAll('"', "'")}" %}`
  return `${head}\n\n${body}\n\n{% endnote %}`
}

/** The longest run of backticks in `text`, 0 where it has none. */
export function getLongestBacktickRun(text: string): number {
  return text.includes('`') ? Math.max(...[...text.matchAll(/`+/g)].map((m) => m[0].length)) : 0
}

/** A fenced code block; the fence grows if the code itself holds backticks. */
export function renderCode(lang: string, code: string): string {
  const fence = '`'.repeat(Math.max(2, getLongestBacktickRun(code)) + 1)
  return `${fence}${lang}\n${code}\n${fence}`
}

/** JSON as the Bitrix24 docs print it: four-space indentation. */
export function formatDocJson(value: unknown): string {
  return JSON.stringify(value, null, 4)
}

/** Inline code that survives backticks inside the value. */
export function renderInlineCode(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``
}

/** Escapes the characters that would end a `#|` table cell early. */
export function escapeCell(text: string): string {
  return text.includes('|') ? text.replaceAll('||', '\\|\\|').replaceAll('|#', '\\|#') : text
}
