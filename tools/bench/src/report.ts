/** The result rows every measurement returns, and the table, Markdown and JSON made from them. */
import { writeFile } from 'node:fs/promises'
import type { MachineInfo } from './machine.js'
import { formatRatio } from './stats.js'

/** A goal on a ratio: the measured ratio must satisfy `op limit`. */
export interface Goal {
  op: '<=' | '<' | '>=' | '=='
  limit: number
}

/** One line of the results: a goal (met or not), an informative figure, or a gap. */
export interface ResultRow {
  /** The numbering: `1a`, `3`, `6c`. */
  id: string
  area: string
  /** What is compared, such as `our emitters / openapi-typescript (1,000 methods)`. */
  what: string
  /** The measured figures in words, such as `1.2 s vs 2.4 s`. */
  measured: string
  ratio?: number
  goal?: Goal
  status: 'met' | 'not met' | 'not measured' | 'info'
  /** Why a goal is not met or not measured, and what was tried. */
  note?: string
}

/** Builds a goal row, deciding met / not met from the ratio. */
export function createGoalRow(row: Omit<ResultRow, 'status'> & { ratio: number; goal: Goal }): ResultRow {
  return { ...row, status: isGoalMet(row.ratio, row.goal) ? 'met' : 'not met' }
}

/** A row for a goal whose piece is missing or failed: never a fake figure. */
export function createGapRow(id: string, area: string, what: string, why: string, goal?: Goal): ResultRow {
  return { id, area, what, measured: `not measured: ${why}`, status: 'not measured', ...(goal ? { goal } : {}), note: why }
}

/** Whether a ratio satisfies a goal. */
export function isGoalMet(ratio: number, goal: Goal): boolean {
  if (!Number.isFinite(ratio)) return false
  switch (goal.op) {
    case '<=':
      return ratio <= goal.limit
    case '<':
      return ratio < goal.limit
    case '>=':
      return ratio >= goal.limit
    case '==':
      return ratio === goal.limit
  }
}

function formatGoal(goal: Goal | undefined): string {
  return goal ? `${goal.op} ${goal.limit}` : ''
}

function toCells(row: ResultRow): string[] {
  return [row.id, row.area, row.what, row.measured, row.ratio === undefined ? '' : formatRatio(row.ratio), formatGoal(row.goal), row.status]
}

const headers = ['#', 'area', 'what', 'measured', 'ratio', 'goal', 'status']

/** The plain-text table printed to the terminal. */
export function formatTable(rows: readonly ResultRow[]): string {
  const cells = [headers, ...rows.map(toCells)]
  const widths = headers.map((_, i) => Math.max(...cells.map((c) => (c[i] ?? '').length)))
  const line = (c: string[]) =>
    c
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n')
}

function escapeCell(value: string): string {
  return value.replaceAll('|', '\\|').replaceAll('\n', ' ')
}

/** The Markdown written to results.md: machine, table, then the notes on unmet or unmeasured goals. */
export function formatMarkdown(
  rows: readonly ResultRow[],
  machine: MachineInfo,
  settings: string,
  sections: readonly string[] = [],
): string {
  const out: string[] = []
  out.push('# b24kit benchmark results', '')
  out.push('Written by `pnpm bench` (tools/bench). Every figure is a ratio measured side by side in one run;')
  out.push('each side is the median of several runs. Goals come from issues 8 and 15 (rows `s1a`..`s7`).', '')
  out.push('## Machine', '')
  out.push(`- CPU: ${machine.cpu} (${machine.cores} cores)`)
  out.push(`- Memory: ${machine.memoryGb} GB`)
  out.push(`- Node: ${machine.node} (${machine.platform})`)
  out.push(`- Date: ${machine.date}`)
  out.push(`- Load average (1 min) at the end: ${machine.loadAverage} (other work shares the machine)`)
  out.push(`- Settings: ${settings}`, '')
  out.push('## Results', '')
  out.push(`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`)
  for (const row of rows) {
    const cells = toCells(row).map(escapeCell)
    const status = row.status === 'met' ? '**met**' : row.status === 'not met' ? '**not met**' : row.status
    cells[6] = status
    out.push(`| ${cells.join(' | ')} |`)
  }
  for (const section of sections) out.push('', section)
  const notes = rows.filter((r) => r.note)
  if (notes.length) {
    out.push('', '## Notes', '')
    for (const row of notes) out.push(`- **${row.id} ${row.what}** (${row.status}): ${row.note}`)
  }
  out.push('')
  return out.join('\n')
}

/** Writes results.md and results.json beside each other. */
export async function writeResults(
  dir: string,
  rows: readonly ResultRow[],
  machine: MachineInfo,
  settings: string,
  sections: readonly string[] = [],
): Promise<void> {
  await writeFile(`${dir}/results.md`, formatMarkdown(rows, machine, settings, sections))
  const json = { machine, settings, results: rows }
  await writeFile(`${dir}/results.json`, `${JSON.stringify(json, null, 2)}\n`)
}
