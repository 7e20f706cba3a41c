/**
 * The client emitter: what `@b24kit/client` knows of each method, generated from its spec.
 *
 *   <outDir>/methods/<kebab-method>.ts  params, result, error types, descriptor, standalone functions
 *   <outDir>/descriptors/<kebab>.ts     the descriptor alone, which createClient loads by need
 *   <outDir>/system-errors.ts           the rows every method can answer with, and the error kinds
 *   <outDir>/system-errors-by-need.ts   the same rows, which createClient loads with the first error answer
 *   <outDir>/types.ts                   shared record types (the `time` block), entities' typed fields
 *   <outDir>/index.ts                   re-exports, MethodMap, descriptors, the method tree's type
 *   <outDir>/lazy.ts, lazy/**           the tables createClient finds a descriptor by name through (lazy-files.ts)
 *
 * Generated modules import the hand-written core only through one module (`runtime`), which they
 * name relative to `outDir`.
 */
import { defineEmitter, type EmitContext, type Emitter, type GeneratedFile, type IndexChanges } from '../../emitter.js'
import { prepareIndexPatch } from '../../index-changes.js'
import { printDescriptorModule } from './descriptor.js'
import { type DocsUrl, defaultDocsUrl } from './docs.js'
import { buildIndexFile, type IndexEntry, summarizeIndexEntry } from './index-file.js'
import { patchIndexFile } from './index-patch.js'
import { buildLazyFiles, getDescriptorFile } from './lazy-files.js'
import { buildMethodFile, type ModulePaths } from './method-file.js'
import { getMethodNames } from './names.js'
import { buildSystemErrorsByNeedFile, buildSystemErrorsFile } from './system-errors.js'
import { buildTypesFile } from './types.js'

export interface ClientEmitterOptions {
  /** The generated folder, relative to the repository root. */
  outDir: string
  /** The core module as imported from `outDir` (default `../runtime.js`). */
  runtime?: string
  /** The text of each method's `@see` tag (default: its pages in `@b24kit/docs`). */
  docsUrl?: DocsUrl
}

/** Each changed method costs searches of the index (~1 MB at 2,000 methods); past this, building it whole is as cheap. */
const maxPatchedMethods = 32

/** Declares the client emitter writing into `outDir`. */
export function clientEmitter({ outDir, runtime = '../runtime.js', docsUrl = defaultDocsUrl }: ClientEmitterOptions): Emitter {
  const paths: ModulePaths = { runtime, docsUrl }
  const shared = 'specs/shared'
  // A method file depends on the shared entities too (its typed fields), which the core's cache keys on.
  // Its descriptor depends on the system rows' codes (which rows keep both texts), also shared.
  const emitMethod: NonNullable<Emitter['emitMethod']> = ({ emitTypeScript, emitText, specs }, { spec, file }) => {
    const systemCodes = new Set(specs.shared.systemErrors.map((row) => row.code))
    return [
      emitTypeScript(
        `${outDir}/${getMethodNames(spec.method).file}.ts`,
        buildMethodFile(spec, paths, specs.shared.entities, systemCodes),
        file,
      ),
      emitText(`${outDir}/${getDescriptorFile(spec.method)}.ts`, printDescriptorModule(spec, runtime, systemCodes), file),
    ]
  }
  const emitLazy = ({ specs, emitText }: EmitContext): GeneratedFile[] =>
    buildLazyFiles(
      specs.methods.map((m) => m.spec),
      runtime,
    ).map((file) => emitText(`${outDir}/${file.path}`, file.text, file.source))
  // The shared modules depend on specs/shared and the options only: the core caches them.
  const emitShared = ({ specs, emitTypeScript }: EmitContext): GeneratedFile[] => [
    emitTypeScript(`${outDir}/system-errors.ts`, buildSystemErrorsFile(specs.shared, paths), shared),
    emitTypeScript(`${outDir}/system-errors-by-need.ts`, buildSystemErrorsByNeedFile(specs.shared, paths), shared),
    emitTypeScript(`${outDir}/types.ts`, buildTypesFile(specs.shared), shared),
  ]
  // What the index needs of a method is cached with it, so the index is built from the summaries.
  const summarizeMethod: NonNullable<Emitter['summarizeMethod']> = (_ctx, { spec }) => summarizeIndexEntry(spec)
  // With few methods changed since the last run (none added or gone), their tree members are replaced.
  const patchIndex = (summaries?: ReadonlyMap<string, unknown>, changes?: IndexChanges): GeneratedFile | undefined => {
    const path = `${outDir}/index.ts`
    const patch = prepareIndexPatch<IndexEntry>(path, summaries, changes, maxPatchedMethods)
    const content = patch && patchIndexFile(patch.previous, patch.pairs)
    return content === undefined ? undefined : { path, content }
  }
  const emitIndexFile = ({ specs, emitTypeScript }: EmitContext, summaries?: ReadonlyMap<string, unknown>): GeneratedFile =>
    emitTypeScript(
      `${outDir}/index.ts`,
      buildIndexFile(
        specs.methods.map((m) => (summaries?.get(m.file) as IndexEntry | undefined) ?? summarizeIndexEntry(m.spec)),
        paths,
        specs.shared.entities,
      ),
      `${specs.methods.length} method spec(s) and ${shared}`,
    )
  return defineEmitter({
    name: 'client',
    outputs: [outDir],
    // A method file depends on its spec and these options only, so the core may cache it.
    cacheKey: JSON.stringify({ outDir, runtime, docsUrl: String(docsUrl) }),
    emitMethod,
    emitShared,
    summarizeMethod,
    emitIndex: (ctx, summaries, changes) => [...emitLazy(ctx), patchIndex(summaries, changes) ?? emitIndexFile(ctx, summaries)],
    emit: (ctx) => [
      ...ctx.specs.methods.flatMap((method) => emitMethod(ctx, method)),
      ...emitLazy(ctx),
      ...emitShared(ctx),
      emitIndexFile(ctx),
    ],
  })
}
