// Nothing in the repository may reach outside it: a fresh clone anywhere must pass `pnpm test`.
// A path that climbs out of the checkout (to a folder beside it) or names this machine's own
// folders works only here, so any mention of one in a tracked file fails.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { expect, test } from 'vitest'

const root = join(import.meta.dirname, '..', '..', '..', '..')

/** Built from parts, so this file does not match itself. */
const outside = ['\\.\\./', 'shared/', '|', '/work/', '(shared|docs-src)'].join('')

test('no tracked file reads or cites a path outside the repository', () => {
  let hits = ''
  try {
    hits = execFileSync('git', ['grep', '-n', '-E', outside, '--', '.', ':!pnpm-lock.yaml'], { cwd: root, encoding: 'utf8' })
  } catch (error) {
    // git grep exits 1 when nothing matches: that is the pass.
    if ((error as { status?: number }).status !== 1) throw error
  }
  expect(hits).toBe('')
})
