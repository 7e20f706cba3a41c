/**
 * Loads the committed specs for --check: each `specs/*.ts` default export, and the differences it
 * keeps on purpose (`export const docsDifferences`). Also the names of the entities the shared
 * specs declare, so the writer can say which entity a new spec still needs.
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { MethodSpecInput } from '@b24kit/spec'
import type { CheckedSpec, KeptDifference } from './check-specs.js'

/** Imports every method spec of `dir`, sorted by file name. */
export async function loadCommittedSpecs(dir: string): Promise<CheckedSpec[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort()
  return Promise.all(
    files.map(async (file) => {
      const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default?: MethodSpecInput; docsDifferences?: KeptDifference[] }
      if (!mod.default) throw new Error(`${join(dir, file)}: no default export made with defineMethod()`)
      const kept: unknown[] = mod.docsDifferences ?? []
      kept.forEach((entry, i) => {
        const e = entry as Record<string, unknown>
        for (const key of ['path', 'docs', 'reason'])
          if (typeof e?.[key] !== 'string' || !(e[key] as string).length)
            throw new Error(
              `${join(dir, file)}: docsDifferences[${i}].${key}: expected a non-empty string, received ${JSON.stringify(e?.[key])}`,
            )
      })
      return { file, spec: mod.default, kept: kept as KeptDifference[] }
    }),
  )
}

/** The entity names `shared/index.ts` declares; empty when the folder has none. */
export async function loadEntityNames(dir: string): Promise<Set<string>> {
  try {
    const mod = (await import(pathToFileURL(join(dir, 'shared', 'index.ts')).href)) as { entities?: { name: string }[] }
    return new Set((mod.entities ?? []).map((e) => e.name))
  } catch {
    return new Set()
  }
}
