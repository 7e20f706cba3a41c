/** RELIABILITY.md is exactly what the committed figures give: a file snapshot, like generated output. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { faultMatrix } from './fault-matrix.js'
import { readFigures, renderReport } from './report.js'
import { repoRoot } from './spec-rows.js'

describe('RELIABILITY.md', () => {
  it('matches what the figures give (rewrite: pnpm --filter @b24kit/reliability report)', async () => {
    const text = renderReport(await readFigures())
    for (let row = 1; row <= 7; row++) expect(text).toMatch(new RegExp(`^\\| ${row} \\| `, 'm'))
    for (const r of faultMatrix) expect(text).toContain(`| ${r.fault} |`)
    await expect(text).toMatchFileSnapshot(join(repoRoot, 'RELIABILITY.md'))
  })
})
