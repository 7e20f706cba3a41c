/** Makes sure a synthetic tree of N methods exists with its generated output (for the mock suites). */
import { access } from 'node:fs/promises'
import { join } from 'node:path'
import { runWorker } from './child.js'
import { assertEveryEmitter } from './emitters.js'
import type { GenResult } from './gen-worker.js'
import { benchTmp, writeSyntheticSpecs } from './synth-specs.js'

/** The generated mock table index of tree `gen-<count>`, generating the tree when missing. */
export async function ensureGeneratedTree(count: number): Promise<string> {
  // The delete the MSW bench calls comes first, so even a one-method tree holds it.
  const root = join(benchTmp, `gen-${count}`)
  const index = join(root, 'packages/mock/src/generated/index.ts')
  try {
    await access(index)
  } catch {
    await writeSyntheticSpecs(`gen-${count}`, count, 'crm.contact.delete')
    const result = await runWorker<GenResult>('./gen-worker.ts', [root, '--clean'])
    assertEveryEmitter(
      result.emitters,
      result.timings.map((t) => t.name),
    )
  }
  return index
}
