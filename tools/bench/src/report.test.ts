import { describe, expect, it } from 'vitest'
import { formatIssueTable } from './issue-table.js'
import { createGapRow, createGoalRow, formatTable, isGoalMet } from './report.js'
import { getMedian } from './stats.js'

describe('getMedian', () => {
  it.each([
    ['odd count', { given: [3, 1, 2], want: 2 }],
    ['even count', { given: [4, 1, 3, 2], want: 2.5 }],
    ['one value', { given: [7], want: 7 }],
  ])('%s', (_, { given, want }) => expect(getMedian(given)).toBe(want))
})

describe('isGoalMet', () => {
  it.each([
    ['<= at the limit', { ratio: 1.1, goal: { op: '<=', limit: 1.1 } as const, want: true }],
    ['>= below', { ratio: 0.5, goal: { op: '>=', limit: 0.6 } as const, want: false }],
    ['< at the limit', { ratio: 500, goal: { op: '<', limit: 500 } as const, want: false }],
    ['not a number', { ratio: Number.NaN, goal: { op: '<=', limit: 1 } as const, want: false }],
  ])('%s', (_, { ratio, goal, want }) => expect(isGoalMet(ratio, goal)).toBe(want))
})

describe('rows', () => {
  it('marks a gap as not measured, never with a figure', () => {
    const row = createGapRow('3', 'client', 'size', 'the client is missing')
    expect(row).toMatchObject({ status: 'not measured', measured: 'not measured: the client is missing' })
    expect(row.ratio).toBeUndefined()
  })

  it('prints one line per row under the headers', () => {
    const row = createGoalRow({ id: '4', area: 'client', what: 'x', measured: '1 vs 1', ratio: 1, goal: { op: '<=', limit: 1.1 } })
    const lines = formatTable([row]).split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[2]).toMatch(/^4 {2}client .* met$/)
  })
})

describe('formatIssueTable', () => {
  it("puts this run's figure beside the issue's, and says when a row did not run", () => {
    const row = createGoalRow({
      id: 's1a',
      area: 'generation',
      what: 'x',
      measured: '1.2 s vs 1.0 s',
      ratio: 1.2,
      goal: { op: '<=', limit: 1.5 },
    })
    const text = formatIssueTable([row])
    expect(text).toContain('| `pnpm generate` with nothing changed | 1.85 s at 9;')
    expect(text).toContain('| 1.2 s vs 1.0 s (met) |')
    expect(text).toContain('| one spec changed | 6.4 s at 1,009, wrote 5 files | not run |')
  })
})
