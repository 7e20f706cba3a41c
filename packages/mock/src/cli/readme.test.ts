/** The README says what the CLI does: every flag of the table, and the tsconfig MSW's types need. */
import { readFileSync } from 'node:fs'
import { formatHelp } from '@b24kit/spec/cli-flags'
import { expect, it } from 'vitest'
import { mockFlags, mockHelp } from './flags.js'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

it('shows the help of the flag table as the CLI prints it', () => {
  const flagLines = formatHelp(mockFlags, mockHelp).split('flags:\n')[1]!.trimEnd()
  expect(readme).toContain(flagLines)
})

it("says a consumer's tsconfig needs lib DOM for MSW's types", () => {
  expect(readme).toMatch(/"lib": \[[^\]]*"DOM"[^\]]*\]/)
})
