/**
 * Conformance over real HTTP: every method's representative cases (the first of each kind:
 * example, parameter, access, operation, injected row) and the whole system table, through the
 * generated client, against mock servers (the CLI where its flags can configure the portal), one
 * per configuration and reset before each case. The requests sent and answers received must equal
 * the in-process wire snapshot, byte for byte after normalisation; the in-process suite runs every
 * case of every method.
 */
import { afterAll, describe, expect, it } from 'vitest'
import type { ConformanceCase, MethodCases } from './case.js'
import { methodCases, systemCases } from './generated/index.js'
import { createMockPool } from './mock-server.js'
import { getCallPaths, getExpectedOutcome, getSendingPath, runCall } from './run-case.js'
import { readWireSnapshot } from './snapshot.js'

const viaCli = new Set<string>()
const pool = createMockPool()
afterAll(() => pool.stopAll())

/** The first case of each kind (the id's prefix), in table order; the system table whole. */
export function pickRepresentativeCases(table: MethodCases): readonly ConformanceCase[] {
  if (table.table === 'system') return table.cases
  const kinds = new Set<string>()
  return table.cases.filter((c) => {
    const kind = c.id.split(':')[0] ?? c.id
    if (kinds.has(kind)) return false
    kinds.add(kind)
    return true
  })
}

describe.each([...methodCases, systemCases].map((table) => [table.table ?? table.method, table] as const))(
  '%s over HTTP',
  (name, table) => {
    it.each(pickRepresentativeCases(table).map((c) => [c.id, c] as const))(
      '%s',
      async (_id, c) => {
        const snapshot = await readWireSnapshot(table)
        const mock = await pool.forCase(c)
        if (mock.via === 'cli') viaCli.add(`${name} ${c.id}`)
        const path = getSendingPath(c)
        const { outcome, exchanges } = await runCall(c, path, mock.url)
        expect(outcome, `${c.id} by ${path}`).toEqual(getExpectedOutcome(c, path).outcome)
        const inProcess = snapshot.get(c.id)
        if (!inProcess) throw new Error(`${c.id} is not in the wire snapshot of ${name}: run src/in-process.test.ts first to write it`)
        expect(exchanges, 'the same wire as in-process').toEqual(inProcess.exchanges)
        // Entry points the client refuses before sending: still no request, whatever the transport.
        for (const other of getCallPaths(c).filter((p) => !getExpectedOutcome(c, p).sends)) {
          const refused = await runCall(c, other, mock.url)
          expect(refused.outcome).toEqual(getExpectedOutcome(c, other).outcome)
          expect(refused.exchanges).toEqual([])
        }
      },
      90_000,
    )
  },
)

describe('the CLI', () => {
  it('serves every case its flags can configure', () => {
    // The default-webhook example of each method can always go through the CLI.
    for (const table of methodCases) expect(viaCli, table.method).toContain(`${table.method} ${table.cases[0]?.id}`)
  })
})
