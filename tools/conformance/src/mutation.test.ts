/**
 * Hand edits of generated files fail the suite: the in-process conformance run, in a child vitest,
 * with one generated file of the mock or the client served mutated (an error text, a status, a
 * parameter rule, an error kind). The files on disk are never touched. Each child runs only the
 * tables the mutation can reach (the method that owns the edited text, or the system table), so the
 * cost follows the mutation, not the number of methods.
 */
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { repoRoot } from './mock-server.js'

const run = promisify(execFile)
const vitest = join(repoRoot, 'node_modules', '.bin', 'vitest')
const root = join(import.meta.dirname, '..')
const mockMethods = join(repoRoot, 'packages/mock/src/generated/methods.ts')
const clientMethod = join(repoRoot, 'packages/client/src/generated/methods/crm-contact-delete.ts')
const clientDescriptor = join(repoRoot, 'packages/client/src/generated/descriptors/crm-contact-delete.ts')
// The rows createClient loads by need, which the suite's clients classify with (the static copy,
// system-errors.ts, serves createBaseClient; the client's errors.test.ts holds the two equal).
const clientSystemErrors = join(repoRoot, 'packages/client/src/generated/system-errors-by-need.ts')

/** The vitest name filter for the tables named (`crm.contact.delete`, `system`). */
const selectTables = (tables: readonly string[]) => `^(${tables.map((t) => t.replace(/\./g, '\\.')).join('|')}) in-process`

/**
 * Runs the in-process suite's `tables` with `file` served with `from` replaced by `to`; resolves to
 * its exit code and output.
 */
async function runMutant(
  file: string,
  from: string,
  to: string,
  tables: readonly string[],
  at?: number,
): Promise<{ code: number; output: string }> {
  const env = { ...process.env, CI: 'true', B24KIT_MUTANT: JSON.stringify({ file, from, to, at }) }
  const args = [
    'run',
    'src/in-process.test.ts',
    '--config',
    'vitest.mutant.config.ts',
    '--reporter',
    'verbose',
    '--no-color',
    '-t',
    selectTables(tables),
  ]
  try {
    const { stdout, stderr } = await run(vitest, args, { cwd: root, env, maxBuffer: 64 * 1024 * 1024 })
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string }
    return { code: e.code ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` }
  }
}

/**
 * The first match of `pattern` in a generated file: the exact text a hand edit would change, and the
 * method whose row holds it (the last `method: '...'` before it; none in a per-method or system file).
 */
async function findOrThrow(file: string, pattern: RegExp, within?: string): Promise<{ text: string; at: number; owner?: string }> {
  const source = await readFile(file, 'utf8')
  // Sticky to one method's row where given: a rule only some methods have cases for (below-minimum).
  const from = within ? Math.max(0, source.indexOf(`method: '${within}'`)) : 0
  const found = pattern.exec(source.slice(from))
  const match = found && Object.assign(found, { index: found.index + from })
  if (!match) throw new Error(`${file} has no ${pattern}`)
  const owner = [...source.slice(0, match.index).matchAll(/method: '([^']+)'/g)].at(-1)?.[1]
  return { text: match[0], at: match.index, owner }
}

// One child vitest at a time: each loads the mock's and the client's whole tables, and six at once
// on two cores ran past their bound under load. In turn, each has the machine to itself.
describe('a hand edit of a generated file', () => {
  it('passes unmutated (the control run)', async () => {
    const { owner } = await findOrThrow(mockMethods, /text: 'Access denied\.'/)
    const { code, output } = await runMutant(mockMethods, '', '', [owner ?? '', 'crm.contact.delete', 'system'])
    expect(code, output.slice(-3000)).toBe(0)
    expect(output).toMatch(/✓.*system in-process/)
  }, 180_000)

  it.each([
    // The first such row may belong to a method with a text-only access rule, whose row runs as an injected fault (row:).
    ['the mock: an error text', mockMethods, /text: 'Access denied\.'/, "text: 'Access denied'", '(?:access|row):accessDenied'],
    ['the mock: a parameter rule (minimum)', mockMethods, /minimum: 1,/, 'minimum: 0,', 'param:id:below-minimum', 'crm.contact.delete'],
    [
      'the client: a status in the descriptor',
      clientMethod,
      /id: 'invalidId',\s*code: '',\s*status: 400/,
      "id: 'invalidId', code: '', status: 422",
      'param:id:missing',
    ],
    [
      'the client: a status in the descriptor the tree loads',
      clientDescriptor,
      /id: 'invalidId',\s*code: '',\s*status: 400/,
      "id: 'invalidId', code: '', status: 422",
      'param:id:missing',
    ],
    [
      'the client: a system error kind',
      clientSystemErrors,
      /code: 'expired_token',\s*status: 401,\s*kind: 'expiredToken'/,
      "code: 'expired_token', status: 401, kind: 'invalidCredentials'",
      'system:expiredToken',
    ],
  ])(
    'fails the suite: %s',
    async (_title, file, pattern, to, failingCase, within?: string) => {
      const { text: from, at, owner } = await findOrThrow(file, pattern, within)
      // The mock's table names the owner; a client module is crm.contact.delete's; the system errors reach the system table.
      const table = file === clientSystemErrors ? 'system' : file === mockMethods ? owner : 'crm.contact.delete'
      const { code, output } = await runMutant(file, from, to, [table ?? ''], at)
      expect(code).not.toBe(0)
      expect(output).toMatch(new RegExp(`(×|✗|FAIL).*${failingCase}`))
    },
    180_000,
  )
})
