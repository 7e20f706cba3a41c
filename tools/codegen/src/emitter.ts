/**
 * The plugin contract. An emitter turns the validated specs into files under the folders it owns;
 * the core knows nothing of any target, so a new target is a new emitter and no core change.
 */

import type { SpecSet } from '@b24kit/spec'
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
  emit(ctx: EmitContext): GeneratedFile[] | Promise<GeneratedFile[]>
}

/** Declares an emitter plugin. */
export function defineEmitter(emitter: Emitter): Emitter {
  return emitter
}
