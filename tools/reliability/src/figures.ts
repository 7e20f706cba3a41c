/**
 * Figures the tests produce for RELIABILITY.md: each test tallies the cases it tried and the
 * failures it saw, and compares the tally with the committed `figures/<row>.json`.
 */
import { join } from 'node:path'
import { repoRoot } from './spec-rows.js'

/** The figure of one row of issue 9. */
export interface Figure {
  /** Row number in issue 9. */
  row: number
  title: string
  cases: number
  failures: number
  /** Breakdown lines shown under the row (statuses seen, kinds, ...), stable across runs. */
  details: Record<string, number | string>
  /** The test file that produces it. */
  source: string
  /** The seed printed, for reproducible rows. */
  seed?: number
}

/** Folder of the committed figure files. */
export const figuresDir = join(repoRoot, 'tools', 'reliability', 'figures')

/** The path a figure is stored at. */
export function getFigurePath(name: string): string {
  return join(figuresDir, `${name}.json`)
}

/** Serialises a figure with sorted details, so it is byte-stable. */
export function formatFigure(figure: Figure): string {
  const details = Object.fromEntries(Object.entries(figure.details).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  return `${JSON.stringify({ ...figure, details }, null, 2)}\n`
}

/** Counts occurrences under a label. */
export function bump(details: Record<string, number | string>, label: string, by = 1): void {
  const current = details[label]
  details[label] = (typeof current === 'number' ? current : 0) + by
}
