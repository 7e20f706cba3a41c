/** Which emitters `pnpm generate` runs, and where each writes. */
import { defineConfig } from '@b24kit/codegen'
import { clientEmitter } from './packages/codegen/src/emitters/client/emitter.js'
import { conformanceEmitter } from './packages/codegen/src/emitters/conformance/emitter.js'
import { docsEmitter } from './packages/codegen/src/emitters/docs/emitter.js'
import { mockEmitter } from './packages/codegen/src/emitters/mock/emitter.js'
import { openapiEmitter } from './packages/codegen/src/emitters/openapi/emitter.js'

export default defineConfig({
  specs: 'specs',
  emitters: [
    clientEmitter({ outDir: 'packages/client/src/generated' }),
    mockEmitter({ outDir: 'packages/mock/src/generated' }),
    docsEmitter({ outDir: 'packages/docs/generated' }),
    openapiEmitter({ outFile: 'packages/docs/generated/openapi.json' }),
    conformanceEmitter({ outDir: 'tools/conformance/src/generated' }),
  ],
})
