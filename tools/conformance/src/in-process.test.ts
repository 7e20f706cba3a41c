/**
 * Conformance in-process: every generated case of every method (and the system table), by every
 * entry point of the generated client, against the generated mock's MSW handlers; and the wire
 * snapshot of what each case sends and receives.
 *
 * Cost per case stays small at any number of methods: one portal per distinct configuration,
 * reset (store, journal, limits, faults) before each entry point rather than built anew, and the
 * client's requests handed to the engine by the mock's in-process fetch, with no interception.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { expectToEqual } from './expect-equal.js'
import { methodCases, systemCases } from './generated/index.js'
import { createPortalPool } from './portal-pool.js'
import { preloadClientModules } from './preload-client.js'
import { getCallPaths, getExpectedOutcome, getSendingPath, runCall } from './run-case.js'
import { formatWireSnapshot, getSnapshotPath, type WireCase } from './snapshot.js'

// A loopback origin lets the client use plain HTTP, which the strict-HTTPS case needs.
const baseUrl = 'http://127.0.0.1'
const portals = createPortalPool()

// The client's by-need modules, loaded together once rather than in each method's first case: those
// of the tables that run (all, or the few a `-t` filter keeps, as the mutation test's children do).
// biome-ignore lint/correctness/noEmptyPattern: vitest reads the hook's first argument as its fixtures, by destructuring
beforeAll(async ({}, file) => {
  const running = new Set(file.tasks.filter((t) => t.mode === 'run').map((t) => t.name))
  const methods = methodCases.filter((t) => running.has(`${t.method} in-process`)).map((t) => t.method)
  expect(await preloadClientModules(methods)).toBe(methods.length)
})

describe.each([...methodCases, systemCases].map((table) => [table.table ?? table.method, table] as const))(
  '%s in-process',
  (_name, table) => {
    const wire = new Map<string, WireCase>()

    it.each(table.cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
      const sent = new Map<string, unknown>()
      for (const path of getCallPaths(c)) {
        const { outcome, exchanges } = await runCall(c, path, baseUrl, portals.prepare(c))
        const want = getExpectedOutcome(c, path)
        // Kept before asserting, so the wire snapshot shows a failing case's exchanges too.
        if (path === getSendingPath(c)) wire.set(c.id, { id: c.id, title: c.title, path, exchanges })
        expectToEqual(outcome, want.outcome, `${c.id} by ${path}`)
        expectToEqual(exchanges.length, want.sends ? 1 + (c.before ?? 0) : 0, `requests sent by ${path}`)
        if (want.sends) sent.set(path, exchanges)
      }
      // Every entry point that reaches the portal sends the same bytes.
      const sending = sent.get(getSendingPath(c))
      for (const [path, exchanges] of sent) if (exchanges !== sending) expectToEqual(exchanges, sending, `the wire by ${path}`)
    })

    it('matches the wire snapshot', async () => {
      expect(wire.size).toBe(table.cases.length)
      const cases = table.cases.map((c) => wire.get(c.id)).filter((w) => w !== undefined)
      await expect(formatWireSnapshot(table.method, cases)).toMatchFileSnapshot(getSnapshotPath(table))
    })
  },
)
