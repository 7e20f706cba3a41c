/** The wire snapshot of a method: every case's request and answer, as committed under __snapshots__. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { MethodCases } from './case.js'
import type { CallPath } from './run-case.js'
import type { WireExchange } from './wire.js'

/** One case in the wire snapshot. */
export interface WireCase {
  id: string
  title: string
  /** The entry point whose exchanges these are. */
  path: CallPath
  exchanges: WireExchange[]
}

/** The folder holding the snapshots, beside src/. */
export const snapshotDir = join(import.meta.dirname, '..', '__snapshots__')

/** The snapshot file of a table (`crm.contact.delete` -> crm-contact-delete.wire.json; the system table -> system.wire.json). */
export function getSnapshotPath(table: MethodCases): string {
  return join(snapshotDir, `${table.table ?? table.method.split('.').join('-')}.wire.json`)
}

/** The text of a method's snapshot: stable key order, two-space JSON, final newline. */
export function formatWireSnapshot(method: string, cases: readonly WireCase[]): string {
  return `${JSON.stringify({ method, cases }, null, 2)}\n`
}

/** Reads the committed snapshot of a table, keyed by case id. */
export async function readWireSnapshot(table: MethodCases): Promise<Map<string, WireCase>> {
  // A method added since the last in-process run has no snapshot yet: every case then reads as missing.
  const text = await readFile(getSnapshotPath(table), 'utf8').catch(() => '{"cases":[]}')
  const data = JSON.parse(text) as { cases: WireCase[] }
  return new Map(data.cases.map((c) => [c.id, c]))
}
