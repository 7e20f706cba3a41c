/** Makes sure a synthetic tree of N methods exists with its generated output (for the mock suites). */
import { access } from 'node:fs/promises'
import { join } from 'node:path'
import { runWorker } from './child.js'
import { assertEveryEmitter } from './emitters.js'
import type { GenResult } from './gen-worker.js'
import { benchTmp, writeSyntheticSpecs } from './synth-specs.js'

/** The trees this process generated: a tree left by an earlier run may come from another generator. */
const fresh = new Set<number>()

/** The generated mock table index of tree `gen-<count>`, generated once per process. */
export async function ensureGeneratedTree(count: number): Promise<string> {
  // The delete the MSW bench calls comes first, so even a one-method tree holds it.
  const root = join(benchTmp, `gen-${count}`)
  const index = join(root, 'packages/mock/src/generated/index.ts')
  if (!fresh.has(count)) {
    await writeSyntheticSpecs(`gen-${count}`, count, 'crm.contact.delete')
    const result = await runWorker<GenResult>('./gen-worker.ts', [root, '--clean'])
    assertEveryEmitter(
      result.emitters,
      result.timings.map((t) => t.name),
    )
    fresh.add(count)
  }
  await access(index)
  return index
}
