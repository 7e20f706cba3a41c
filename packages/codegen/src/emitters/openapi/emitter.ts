/**
 * The openapi emitter. Output: one file, `outFile` (packages/docs/generated/openapi.json), an
 * OpenAPI 3.1 document of every method, as deterministic JSON (keys in a fixed order, a line per
 * path and per component, final newline: see document-text.ts). JSON has no comments, so the generated-file header is the
 * `x-generated-by` field.
 */
import type { LoadedMethod } from '@b24kit/spec'
import { defineEmitter, type EmitContext, type Emitter, type GeneratedFile, type IndexChanges } from '../../emitter.js'
import { createFileFromBytes } from '../../file-bytes.js'
import { describeOrigin } from '../../header.js'
import { prepareIndexBytePatch } from '../../index-changes.js'
import { assembleOpenApiSections, buildMethodPart, type PrintedPart, printMethodPart, readPrintedPart } from './document.js'
import { maxPatchedMethods, patchOpenApiBytes } from './document-patch.js'
import { formatOpenApiDocument } from './document-text.js'

/** Options of the openapi emitter. */
export interface OpenApiEmitterOptions {
  /** The JSON file to write, relative to the repository root. */
  outFile: string
}

/** Creates the emitter that writes the OpenAPI 3.1 document. */
export function openapiEmitter(options: OpenApiEmitterOptions): Emitter {
  const { outFile } = options
  const dir = outFile.includes('/') ? outFile.slice(0, outFile.lastIndexOf('/')) : '.'
  // A method's paths and components depend on its spec and the shared specs only: the core caches
  // them printed, and the document is assembled around their text.
  const summarizeMethod = (ctx: EmitContext, { spec }: LoadedMethod) => printMethodPart(buildMethodPart(spec, ctx.specs.shared))
  // With few methods changed since the last run, their lines of the last document are replaced,
  // in its bytes (the document is megabytes; its header is a field, so the bytes are the whole file).
  const patchIndex = (summaries?: ReadonlyMap<string, unknown>, changes?: IndexChanges): GeneratedFile | undefined => {
    const patch = prepareIndexBytePatch<PrintedPart>(outFile, summaries, changes, maxPatchedMethods)
    const patched = patch && patchOpenApiBytes(patch.previous, patch.pairs)
    return patched && createFileFromBytes(outFile, patched)
  }
  const emitIndex = (ctx: EmitContext, summaries?: ReadonlyMap<string, unknown>, changes?: IndexChanges): GeneratedFile[] => {
    const { methods, shared } = ctx.specs
    const sources = methods.map((m) => m.file).join(', ')
    const patched = patchIndex(summaries, changes)
    if (patched) return [patched]
    const parts = methods.map((m) => readPrintedPart((summaries?.get(m.file) ?? summarizeMethod(ctx, m)) as PrintedPart))
    const document = assembleOpenApiSections(parts, shared, describeOrigin('openapi', sources).join(' '))
    return [ctx.emitText(outFile, formatOpenApiDocument(document), sources)]
  }
  return defineEmitter({
    name: 'openapi',
    outputs: [dir],
    // The run manifest keys on it: another file name is another output.
    cacheKey: JSON.stringify({ outFile }),
    emitMethod: () => [],
    summarizeMethod,
    emitIndex,
    emit: (ctx) => emitIndex(ctx),
  })
}
