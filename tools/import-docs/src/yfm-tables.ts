/**
 * YFM multi-line tables (`#| || a | b || |#`) are not CommonMark or GFM, so no Markdown parser reads
 * them. This splits them out structurally (rows between `||`, cells at top-level `|`, code spans and
 * fences respected); each cell's content is then ordinary Markdown for the Markdown parser.
 */

/** A YFM table: its cells as raw Markdown, the first row being the header. */
export interface YfmTable {
  header: string[]
  rows: string[][]
}

/** The page with every table replaced by a `YFMTABLE<n>` line, and the tables in order. */
export interface SplitPage {
  text: string
  tables: YfmTable[]
}

/** Replaces each `#| ... |#` block by a placeholder line so the rest parses as plain Markdown. */
export function splitYfmTables(page: string): SplitPage {
  const lines = page.split(/\r?\n/)
  const out: string[] = []
  const tables: YfmTable[] = []
  let fence: string | undefined
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    const fenceMark = /^[ \t]*(`{3,}|~{3,})/.exec(line)?.[1]
    if (fenceMark && (!fence || fenceMark.startsWith(fence))) fence = fence ? undefined : fenceMark
    if (fence || line.trim() !== '#|') {
      out.push(line)
      continue
    }
    const body: string[] = []
    let depth = 1
    for (i++; i < lines.length; i++) {
      const inner = lines[i] as string
      if (inner.trim() === '#|') depth++
      if (inner.trim() === '|#' && --depth === 0) break
      body.push(inner)
    }
    out.push('', `YFMTABLE${tables.length}`, '')
    const rows = splitRows(body.join('\n'))
    tables.push({ header: rows[0] ?? [], rows: rows.slice(1) })
  }
  return { text: out.join('\n'), tables }
}

/** Splits a table body into rows of cells; `||` opens and closes a row, `|` separates cells. */
function splitRows(body: string): string[][] {
  const rows: string[][] = []
  let cells: string[] | undefined
  let cell = ''
  let code = 0
  let fence = false
  let nested = 0
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]
    const atLineStart = i === 0 || body[i - 1] === '\n'
    if (atLineStart && code === 0 && /^[ \t]*(```|~~~)/.test(body.slice(i, i + 40))) {
      // A fence line opens or closes a code block inside the cell: take the whole line as it is.
      fence = !fence
      const end = body.indexOf('\n', i)
      const stop = end < 0 ? body.length : end
      cell += body.slice(i, stop)
      i = stop - 1
      continue
    }
    if (!fence && ch === '`') {
      let run = 1
      while (body[i + run] === '`') run++
      if (code === 0) code = run
      else if (code === run) code = 0
      cell += body.slice(i, i + run)
      i += run - 1
      continue
    }
    if (!fence && code === 0 && atLineStart && body.startsWith('#|', i)) nested++
    if (!fence && code === 0 && nested > 0 && atLineStart && body.startsWith('|#', i)) nested--
    if (fence || code > 0 || nested > 0 || ch !== '|' || body[i - 1] === '\\') {
      cell += ch
      continue
    }
    if (body[i + 1] === '|') {
      i++
      if (cells) {
        cells.push(cell.trim())
        rows.push(cells)
        cells = undefined
      } else cells = []
      cell = ''
      continue
    }
    if (cells) {
      cells.push(cell.trim())
      cell = ''
    }
  }
  // Some pages close the table without closing the last row (`... ||` missing before `|#`).
  if (cells) rows.push([...cells, cell.trim()])
  return rows
}
