/**
 * `b24.batch(commands)`: finds each command's descriptor, runs the batch core and shapes its outcome
 * like the commands (an object or a list). Only `createClient`'s `batch` reaches this module, through
 * by-name.ts (a dynamic import), so an app that never sends a batch loads neither it nor the batch core.
 */
import type { B24Transport } from './base.js'
import { type BatchOptions, runBatch } from './batch.js'
import type { Core } from './by-need.js'
import type { BatchCommand, BatchCommands, BatchReport } from './client.js'

/** Runs typed commands through `batch` over a transport, keyed like `commands`. */
export async function runBatchCommands<const C extends BatchCommands>(
  core: Core,
  transport: B24Transport,
  commands: C,
  options?: BatchOptions,
): Promise<BatchReport<C>> {
  const entries = await Promise.all(
    Object.entries(commands).map(async ([key, c]: [string, BatchCommand]) => ({
      key,
      method: c.method,
      descriptor: await core.findDescriptor(c.method),
      params: c.params,
    })),
  )
  const { results, errors, skipped } = await runBatch(core, transport, entries, options)
  const shape = () => (Array.isArray(commands) ? [] : {}) as Record<string, unknown>
  const report = { results: shape(), errors: shape(), skipped }
  for (const [key, value] of results) report.results[key] = value
  for (const [key, error] of errors) report.errors[key] = error
  return report as unknown as BatchReport<C>
}
