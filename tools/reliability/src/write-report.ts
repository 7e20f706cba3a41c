/** Writes RELIABILITY.md at the repository root from the committed figures. */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readFigures, renderReport } from './report.js'
import { repoRoot } from './spec-rows.js'

await writeFile(join(repoRoot, 'RELIABILITY.md'), renderReport(await readFigures()))
console.log('RELIABILITY.md written')
