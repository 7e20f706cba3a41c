/** The context an emitter runs with: the specs, and file builders that add the generated header. */
import type { SpecSet } from '@b24kit/spec'
import type { EmitContext } from './emitter.js'
import { describeOrigin, formatHeader } from './header.js'
import { printStructure, type TsPrinter } from './ts-project.js'

/** Builds the context the core gives `emitterName`; emitter tests use it too, so they print exactly as the core does. */
export function createEmitContext(emitterName: string, specs: SpecSet, printer: TsPrinter): EmitContext {
  return {
    specs,
    emitTypeScript: (path, structure, source) => ({
      path,
      content: formatHeader(path, describeOrigin(emitterName, source)) + printStructure(printer, path, structure),
    }),
    emitText: (path, body, source) => ({ path, content: formatHeader(path, describeOrigin(emitterName, source)) + body }),
  }
}
