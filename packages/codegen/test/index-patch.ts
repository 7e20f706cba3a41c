/** Runs an emitter's index both ways after one method changed: patched from the last output, and built whole. */
import type { MethodSpec, SpecSet } from '@b24kit/spec'
import { createEmitContext } from '../src/emit-context.js'
import type { Emitter, IndexChanges } from '../src/emitter.js'
import { createTsProject } from '../src/ts-project.js'

/** The file at `path` after `edit` changed the first method: patched, built whole, and which summaries the patch read. */
export async function emitIndexBothWays(
  emitter: Emitter,
  set: SpecSet,
  path: string,
  edit: (spec: MethodSpec) => MethodSpec,
): Promise<{ patched?: string; whole?: string; read: string[] }> {
  const project = createTsProject()
  const summarize = (spec: MethodSpec, file: string) =>
    emitter.summarizeMethod?.(createEmitContext(emitter.name, set, project), { file, spec })
  const before = await emitter.emit(createEmitContext(emitter.name, set, project))
  const first = set.methods[0] as SpecSet['methods'][number]
  const methods = set.methods.map((m) => (m === first ? { ...m, spec: edit(m.spec) } : m))
  const after = createEmitContext(emitter.name, { ...set, methods }, project)
  const summaries = new Map(methods.map((m) => [m.file, summarize(m.spec, m.file)]))
  const read: string[] = []
  const tracked = new Map(summaries)
  tracked.get = (file: string) => {
    read.push(file)
    return summaries.get(file)
  }
  const changes: IndexChanges = {
    changed: [first.file],
    readPreviousSummary: (file) => (file === first.file ? summarize(first.spec, first.file) : undefined),
    readPrevious: (name) => before.find((f) => f.path === name)?.content,
  }
  const patched = (await (emitter.emitIndex as NonNullable<Emitter['emitIndex']>)(after, tracked, changes)).find((f) => f.path === path)
  const whole = (await emitter.emit(after)).find((f) => f.path === path)
  return { patched: patched?.content, whole: whole?.content, read }
}
