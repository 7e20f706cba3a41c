/** A small reader of YFM pages for the tests: headings, `#|` tables, tabs and fenced code blocks. */

/** One `#|` table: rows of cells, header first, cells trimmed. */
export type Table = string[][]

/** The headings, as written (`## Параметры метода`). */
export function readHeadings(page: string): string[] {
  const out: string[] = []
  let inCode = false
  for (const line of page.split('\n')) {
    if (/^\s*```/.test(line)) inCode = !inCode
    else if (!inCode && /^#{1,6} /.test(line)) out.push(line.trim())
  }
  return out
}

/** Every `#|` table of the page, in order. */
export function readTables(page: string): Table[] {
  const tables: Table[] = []
  for (const match of page.matchAll(/^#\|\n([\s\S]*?)\n\|#$/gm)) {
    const rows = [...match[1]!.matchAll(/\|\|([\s\S]*?)\|\|/g)].map((r) => r[1]!.split(' | ').map((c) => c.trim()))
    tables.push(rows)
  }
  return tables
}

/** The tabs of every `{% list tabs %}` block: title and the code of its first fenced block, dedented. */
export function readTabs(page: string): { title: string; code: string }[] {
  const tabs: { title: string; code: string }[] = []
  for (const block of page.matchAll(/\{% list tabs %\}([\s\S]*?)\{% endlist %\}/g)) {
    for (const item of block[1]!.split(/^- /m).slice(1)) {
      const title = item.split('\n')[0]!.trim()
      const code = /```[a-z]*\n([\s\S]*?)\n\s*```/.exec(item)?.[1] ?? ''
      tabs.push({ title, code: code.replace(/^ {4}/gm, '') })
    }
  }
  return tabs
}

/** The text of one section: from its heading to the next heading of the same or a higher level. */
export function readSection(page: string, heading: string): string {
  const lines = page.split('\n')
  const start = lines.findIndex((l) => l.trim() === heading)
  if (start < 0) throw new Error(`no heading ${heading}`)
  const level = heading.indexOf(' ')
  const end = lines.findIndex((l, i) => i > start && /^#{1,6} /.test(l) && l.indexOf(' ') <= level)
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n')
}

/** The JSON blocks of a section, parsed. */
export function readJsonBlocks(text: string): unknown[] {
  return [...text.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1]!))
}

/** Collapses whitespace, so code can be compared regardless of indentation style. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
