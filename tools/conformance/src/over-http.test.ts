/**
 * Conformance over real HTTP: every generated case, on a fresh mock server per case (the CLI
 * where its flags can configure the portal), through the generated client. The requests sent and
 * answers received must equal the in-process wire snapshot, byte for byte after normalisation.
 */
import { describe, expect, it } from 'vitest'
import { methodCases } from './generated/index.js'
import { startCaseMock } from './mock-server.js'
import { getCallPaths, getExpectedOutcome, getSendingPath, runCall } from './run-case.js'
import { readWireSnapshot } from './snapshot.js'

const viaCli = new Set<string>()

describe.each(methodCases.map((table) => [table.method, table] as const))('%s over HTTP', (method, table) => {
  it.concurrent.each(table.cases.map((c) => [c.id, c] as const))(
    '%s',
    async (_id, c) => {
      const snapshot = await readWireSnapshot(method)
      const mock = await startCaseMock(c)
      try {
        if (mock.via === 'cli') viaCli.add(`${method} ${c.id}`)
        const path = getSendingPath(c)
        const { outcome, exchanges } = await runCall(c, path, mock.url)
        expect(outcome, `${c.id} by ${path}`).toEqual(getExpectedOutcome(c, path).outcome)
        const inProcess = snapshot.get(c.id)
        if (!inProcess) throw new Error(`${c.id} is not in the wire snapshot of ${method}: run src/in-process.test.ts first to write it`)
        expect(exchanges, 'the same wire as in-process').toEqual(inProcess.exchanges)
        // Entry points the client refuses before sending: still no request, whatever the transport.
        for (const other of getCallPaths(c).filter((p) => !getExpectedOutcome(c, p).sends)) {
          const refused = await runCall(c, other, mock.url)
          expect(refused.outcome).toEqual(getExpectedOutcome(c, other).outcome)
          expect(refused.exchanges).toEqual([])
        }
      } finally {
        await mock.stop()
      }
    },
    90_000,
  )
})

describe('the CLI', () => {
  it('serves every case its flags can configure', () => {
    // The default-webhook example of each method can always go through the CLI.
    for (const table of methodCases) expect(viaCli, table.method).toContain(`${table.method} ${table.cases[0]?.id}`)
  })
})
