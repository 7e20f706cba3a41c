/**
 * The plugin contract. An emitter turns the validated specs into files under the folders it owns;
 * the core knows nothing of any target, so a new target is a new emitter and no core change.
 */

import type { LoadedMethod, SpecSet } from '@b24kit/spec'
import type { OptionalKind, SourceFileStructure } from 'ts-morph'

/** One file an emitter produces. */
export interface GeneratedFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string
  content: string
}

/** What an emitter is given. */
export interface EmitContext {
  specs: SpecSet
  /** Builds a TypeScript file from a ts-morph structure in the shared in-memory project. */
  emitTypeScript(path: string, structure: OptionalKind<SourceFileStructure>, source: string): GeneratedFile
  /** Wraps text with the generated-file header in the comment syntax of its extension. */
  emitText(path: string, body: string, source: string): GeneratedFile
}

/** An emitter plugin. */
export interface Emitter {
  name: string
  /** Folders (relative to the root) this emitter owns: files there that it did not emit are stale. */
  outputs: string[]
  /**
   * The whole output. An emitter that also provides `emitMethod` and `emitIndex` has `emit` called
   * only where the core caches nothing (tests, third-party runners); the three must agree.
   */
  emit(ctx: EmitContext): GeneratedFile[] | Promise<GeneratedFile[]>
  /**
   * The files of one method. Their text must depend only on `method` (its spec and file), the
   * shared specs and the emitter's own options: the core reuses them while all of that, the
   * generator's sources and `cacheKey` are unchanged, and calls `emitIndex` for the rest.
   */
  emitMethod?(ctx: EmitContext, method: LoadedMethod): GeneratedFile[]
  /**
   * A small JSON summary of one method (a table row, an OpenAPI path) that `emitIndex` builds the
   * shared files from. The core caches it beside the method's files under the same rules as
   * `emitMethod`, so a run rebuilds its indexes from cached summaries, not from every spec again.
   */
  summarizeMethod?(ctx: EmitContext, method: LoadedMethod): unknown
  /**
   * The files that depend on the shared specs and the emitter's own options only (shared types,
   * the system error rows). The core caches them like a method's files, so a run that changes a
   * method does not build them again; `emit` must produce them too.
   */
  emitShared?(ctx: EmitContext): GeneratedFile[]
  /**
   * Every file that is not one method's own nor `emitShared`'s (indexes); always run. `summaries`
   * holds each method's summary by spec file, when the emitter has `summarizeMethod` and the core
   * gathered them (each parsed when read); without it the emitter summarizes the methods itself.
   * `changes`, when the core has it, says what changed since the last run, so an emitter may patch
   * the index it wrote then instead of building it from every summary; both must give the same text.
   */
  emitIndex?(ctx: EmitContext, summaries?: ReadonlyMap<string, unknown>, changes?: IndexChanges): GeneratedFile[] | Promise<GeneratedFile[]>
  /**
   * What else the output depends on (the emitter's options, or its version when its code lives
   * outside @b24kit/codegen): a different value makes every cached method miss, and the run
   * manifest (which lets a run with nothing changed skip emitting) miss too.
   */
  cacheKey?: string
}

/** Declares an emitter plugin. */
export function defineEmitter(emitter: Emitter): Emitter {
  return emitter
}

/**
 * What changed since the last run, for an emitter that patches its index files: given only when
 * the core served this emitter's other methods from its cache and no method went away.
 */
export interface IndexChanges {
  /** The spec files of the methods emitted this run rather than served from the cache. */
  changed: readonly string[]
  /** The summary the last run cached for a method (undefined: none, a new method). */
  readPreviousSummary(file: string): unknown
  /** The text the last run wrote at `path`, when the disk still holds it as recorded; else undefined. */
  readPrevious(path: string): string | undefined
  /** The same as bytes, not decoded (for a document of megabytes patched as bytes). */
  readPreviousBytes?(path: string): Buffer | undefined
}
