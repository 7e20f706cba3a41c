/**
 * Figures the tests produce for RELIABILITY.md: each test tallies the cases it tried and the
 * failures it saw, and compares the tally with the committed `figures/<row>.json`.
 */
import { mkdir, writeFile } from 'node:fs/promises'
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
  /**
   * Breakdowns that move whenever a spec is added (statuses seen, files scanned): written to
   * `.out/figures/` for reading, kept out of the committed figure so it only changes with the checks.
   */
  extra?: Record<string, number | string>
}

/** Folder of the committed figure files. */
export const figuresDir = join(repoRoot, 'tools', 'reliability', 'figures')

/** The path a figure is stored at. */
export function getFigurePath(name: string): string {
  return join(figuresDir, `${name}.json`)
}

const sortKeys = (record: Record<string, number | string>) =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))

/** Serialises a figure's committed part with sorted details, so it is byte-stable. */
export function formatFigure(figure: Figure): string {
  const { extra: _extra, ...stable } = figure
  return `${JSON.stringify({ ...stable, details: sortKeys(figure.details) }, null, 2)}\n`
}

/** Writes the whole figure, breakdowns included, to `.out/figures/<name>.json` (not committed). */
export async function writeFullFigure(name: string, figure: Figure): Promise<void> {
  const dir = join(repoRoot, 'tools', 'reliability', '.out', 'figures')
  await mkdir(dir, { recursive: true })
  await writeFile(
    join(dir, `${name}.json`),
    `${JSON.stringify({ ...figure, details: sortKeys(figure.details), extra: sortKeys(figure.extra ?? {}) }, null, 2)}\n`,
  )
}

/** Counts occurrences under a label. */
export function bump(details: Record<string, number | string>, label: string, by = 1): void {
  const current = details[label]
  details[label] = (typeof current === 'number' ? current : 0) + by
}
