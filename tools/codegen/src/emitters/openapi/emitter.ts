/**
 * The openapi emitter. Output: one file, `outFile` (packages/docs/generated/openapi.json), an
 * OpenAPI 3.1 document of every method, as deterministic JSON (keys in a fixed order, two-space
 * indent, final newline). JSON has no comments, so the generated-file header is the
 * `x-generated-by` field.
 */
import { defineEmitter, type Emitter } from '../../emitter.js'
import { describeOrigin } from '../../header.js'
import { buildOpenApiDocument } from './document.js'

/** Options of the openapi emitter. */
export interface OpenApiEmitterOptions {
  /** The JSON file to write, relative to the repository root. */
  outFile: string
}

/** Creates the emitter that writes the OpenAPI 3.1 document. */
export function openapiEmitter(options: OpenApiEmitterOptions): Emitter {
  const { outFile } = options
  const dir = outFile.includes('/') ? outFile.slice(0, outFile.lastIndexOf('/')) : '.'
  return defineEmitter({
    name: 'openapi',
    outputs: [dir],
    // The run manifest keys on it: another file name is another output.
    cacheKey: JSON.stringify({ outFile }),
    emit(ctx) {
      const sources = ctx.specs.methods.map((m) => m.file).join(', ')
      const document = buildOpenApiDocument(ctx.specs, describeOrigin('openapi', sources).join(' '))
      return [ctx.emitText(outFile, `${JSON.stringify(document, null, 2)}\n`, sources)]
    },
  })
}
