/**
 * The emitters of /work/main/b24kit.config.ts, with the same output paths but relative to whatever
 * root the generator runs in. Loaded one by one, so an emitter not written yet is reported, not fatal.
 */
import type { Emitter } from '@b24kit/codegen'

type Factory = (options: Record<string, string>) => Emitter

const plan: { name: string; module: string; factory: string; options: Record<string, string> }[] = [
  { name: 'client', module: 'client', factory: 'clientEmitter', options: { outDir: 'packages/client/src/generated' } },
  { name: 'mock', module: 'mock', factory: 'mockEmitter', options: { outDir: 'packages/mock/src/generated' } },
  { name: 'docs', module: 'docs', factory: 'docsEmitter', options: { outDir: 'packages/docs/generated' } },
  { name: 'openapi', module: 'openapi', factory: 'openapiEmitter', options: { outFile: 'packages/docs/generated/openapi.json' } },
]

/** Loads each emitter factory and calls it; `missing` names those that failed to load, with why. */
export async function loadEmitters(): Promise<{ emitters: Emitter[]; missing: string[] }> {
  const emitters: Emitter[] = []
  const missing: string[] = []
  for (const item of plan) {
    try {
      const mod = (await import(`../../codegen/src/emitters/${item.module}/emitter.ts`)) as Record<string, unknown>
      const factory = mod[item.factory] as Factory | undefined
      if (typeof factory !== 'function') throw new Error(`no export ${item.factory}`)
      emitters.push(factory(item.options))
    } catch (error) {
      missing.push(`${item.name} (${(error as Error).message.split('\n')[0]})`)
    }
  }
  return { emitters, missing }
}
