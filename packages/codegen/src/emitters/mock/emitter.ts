/**
 * The mock emitter: data only, no per-method code. Output tree under `outDir`:
 *
 *   methods.ts        methodTable: method name -> scope, access, param rules, operation, errors
 *   system-errors.ts  systemErrors: the rows every method can answer with
 *   entities.ts       entityTable: id field, linked records, default seed records
 *   index.ts          re-exports the three
 *
 * The hand-written engine in packages/mock/src reads these tables.
 */

import type { LoadedMethod } from '@b24kit/spec'
import { type OptionalKind, type SourceFileStructure, StructureKind } from 'ts-morph'
import { defineEmitter, type EmitContext, type Emitter, type GeneratedFile, type IndexChanges } from '../../emitter.js'
import { prepareIndexPatch } from '../../index-changes.js'
import { buildEntitiesFile } from './entities.js'
import { buildSystemErrorsFile } from './errors.js'
import { buildMethodsFile, type PrintedRow, patchMethodsFile, printMockRow } from './methods.js'

/** Where the mock emitter writes. */
export interface MockEmitterOptions {
  /** Folder relative to the repository root, such as `packages/mock/src/generated`. */
  outDir: string
}

const sharedSource = 'specs/shared/index.ts'

/** Each changed row costs a search of the table (4 MB at 2,000 methods); past this, building it whole is as cheap. */
const maxPatchedRows = 32

function buildIndexFile(): OptionalKind<SourceFileStructure> {
  return {
    statements: ['entities', 'methods', 'system-errors'].map((name) => ({
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: `./${name}.js`,
    })),
  }
}

/** Creates the mock emitter, writing the method table, system errors and entities into `outDir`. */
export function mockEmitter(options: MockEmitterOptions): Emitter {
  const dir = options.outDir.replace(/\/+$/, '')
  // A method's row depends on its spec alone: the core caches it printed and hands the rows to emitIndex.
  const summarizeMethod = (_ctx: EmitContext, { spec }: LoadedMethod) => printMockRow(spec)
  // The entity and system tables depend on specs/shared only: the core caches them.
  const emitShared = ({ specs, emitTypeScript }: EmitContext): GeneratedFile[] => [
    emitTypeScript(`${dir}/entities.ts`, buildEntitiesFile(specs.shared.entities), sharedSource),
    emitTypeScript(`${dir}/index.ts`, buildIndexFile(), 'the mock emitter'),
    emitTypeScript(`${dir}/system-errors.ts`, buildSystemErrorsFile(specs.shared.systemErrors), sharedSource),
  ]
  // With few methods changed since the last run (none added or gone), their rows are replaced.
  const patchIndex = (path: string, summaries?: ReadonlyMap<string, unknown>, changes?: IndexChanges): GeneratedFile | undefined => {
    const patch = prepareIndexPatch<PrintedRow>(path, summaries, changes, maxPatchedRows)
    const content = patch && patchMethodsFile(patch.previous, patch.pairs)
    return content === undefined ? undefined : { path, content }
  }
  const emitIndex = (ctx: EmitContext, summaries?: ReadonlyMap<string, unknown>, changes?: IndexChanges): GeneratedFile[] => {
    const patched = patchIndex(`${dir}/methods.ts`, summaries, changes)
    if (patched) return [patched]
    const { methods } = ctx.specs
    const rows = methods.map((m) => (summaries?.get(m.file) ?? summarizeMethod(ctx, m)) as PrintedRow)
    const methodSource = methods.length === 1 && methods[0] ? methods[0].file : `the method specs (${methods.length})`
    return [ctx.emitTypeScript(`${dir}/methods.ts`, buildMethodsFile(rows), methodSource)]
  }
  return defineEmitter({
    name: 'mock',
    outputs: [dir],
    cacheKey: JSON.stringify({ dir }),
    emitMethod: () => [],
    summarizeMethod,
    emitShared,
    emitIndex,
    emit: (ctx) => {
      const [entities, index, systemErrors] = emitShared(ctx)
      return [entities, index, ...emitIndex(ctx), systemErrors].filter((f) => f !== undefined)
    },
  })
}
