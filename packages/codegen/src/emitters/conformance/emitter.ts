/**
 * The conformance emitter: data only, no per-method code. Output tree under `outDir`:
 *
 *   <kebab-method>.ts  <camelMethod>Cases: every example and every own error row of the method as a case
 *   system.ts          systemCases: the shared system rows, once, through one method
 *   index.ts           methodCases: every method's table, in name order; and systemCases
 *
 * The hand-written runner in tools/conformance/src runs each case through the generated client
 * against the generated mock, in-process and over HTTP.
 */
import type { LoadedMethod, SpecSet } from '@b24kit/spec'
import { type OptionalKind, type SourceFileStructure, StructureKind, VariableDeclarationKind } from 'ts-morph'
import { defineEmitter, type EmitContext, type Emitter, type GeneratedFile, type IndexChanges } from '../../emitter.js'
import { prepareIndexPatch } from '../../index-changes.js'
import { compareCodeUnits, toCamelName, toKebabName } from '../../naming.js'
import { writeVerbatim } from '../../ts-project.js'
import { printLiteral } from '../mock/literal.js'
import { type MethodCases, orderCase } from './case-shape.js'
import { buildMethodCases } from './method-cases.js'
import { buildSystemTable } from './system-cases.js'

/** Where the conformance emitter writes. */
export interface ConformanceEmitterOptions {
  /** Folder relative to the repository root, such as `tools/conformance/src/generated`. */
  outDir: string
}

const typeModule = '../case.js'

/**
 * A module of one exported case table: a type import and one data constant, no code. The core
 * prints the constant as text (fast-statements.ts): the table is a vouched literal.
 */
function buildTableFile(name: string, doc: string, table: MethodCases): OptionalKind<SourceFileStructure> {
  return {
    statements: [
      { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: typeModule, namedImports: ['MethodCases'] },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: [doc],
        declarations: [{ name, type: 'MethodCases', initializer: writeVerbatim(printLiteral(table), { literal: true }) }],
      },
    ],
  }
}

/** The case table of one method. */
export function buildMethodCasesFile(loaded: LoadedMethod, specs: SpecSet): OptionalKind<SourceFileStructure> {
  const { method } = loaded.spec
  const cases = buildMethodCases(loaded, specs).map(orderCase)
  const doc = `The conformance cases of \`${method}\` (${cases.length}): its examples and its own error rows.`
  return buildTableFile(`${toCamelName(method)}Cases`, doc, { method, cases })
}

/**
 * The system rows' table: the same for every method (the mock's configuration and the client's
 * shared table answer them), so built once through one method instead of copied into each table.
 */
function buildSystemFile(methods: readonly LoadedMethod[], specs: SpecSet): OptionalKind<SourceFileStructure> {
  const table = buildSystemTable(methods, specs.shared.systemErrors)
  const cases = table.cases.map(orderCase)
  const { method } = table
  return buildTableFile('systemCases', `The shared system rows (${cases.length}), run once through \`${method}\`.`, {
    method,
    table: 'system',
    cases,
  })
}

function buildIndexFile(methods: readonly LoadedMethod[]): OptionalKind<SourceFileStructure> {
  const names = methods.map((m) => m.spec.method)
  return {
    statements: [
      { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: typeModule, namedImports: ['MethodCases'] },
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: './system.js', namedExports: ['systemCases'] },
      ...names.map((name) => ({
        kind: StructureKind.ImportDeclaration as const,
        moduleSpecifier: `./${toKebabName(name)}.js`,
        namedImports: [`${toCamelName(name)}Cases`],
      })),
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: [`The case tables of every method with a spec (${names.length}), in name order.`],
        declarations: [
          {
            name: 'methodCases',
            type: 'readonly MethodCases[]',
            initializer: `[${names.map((n) => `${toCamelName(n)}Cases`).join(', ')}]`,
          },
        ],
      },
    ],
  }
}

/**
 * The last run's index when every method is still there under the same name (each changed one had
 * it before, and none went away): it is then the same text, not built again from 2,000 names.
 */
function reuseIndexFile(path: string, summaries?: ReadonlyMap<string, unknown>, changes?: IndexChanges): GeneratedFile | undefined {
  const patch = prepareIndexPatch<string>(path, summaries, changes, Number.POSITIVE_INFINITY)
  const same = patch?.pairs.every(({ before, after }) => before !== undefined && before === after)
  return patch && same ? { path, content: patch.previous } : undefined
}

/** Creates the conformance emitter, writing one case table per method and an index into `outDir`. */
export function conformanceEmitter(options: ConformanceEmitterOptions): Emitter {
  const dir = options.outDir.replace(/\/+$/, '')
  // One method's table depends on its spec and the shared specs only, so the core caches it.
  const emitMethod: NonNullable<Emitter['emitMethod']> = (ctx, loaded) => [
    ctx.emitTypeScript(`${dir}/${toKebabName(loaded.spec.method)}.ts`, buildMethodCasesFile(loaded, ctx.specs), loaded.file),
  ]
  // The index names the methods and nothing else: what the core caches of a method is its name.
  const summarizeMethod = (_ctx: EmitContext, { spec }: LoadedMethod) => spec.method
  const emitIndex = (ctx: EmitContext, summaries?: ReadonlyMap<string, unknown>, changes?: IndexChanges): GeneratedFile[] => {
    const methods = [...ctx.specs.methods].sort((a, b) => compareCodeUnits(a.spec.method, b.spec.method))
    const index = `${dir}/index.ts`
    return [
      reuseIndexFile(index, summaries, changes) ??
        ctx.emitTypeScript(index, buildIndexFile(methods), `the method specs (${methods.length})`),
      ctx.emitTypeScript(`${dir}/system.ts`, buildSystemFile(methods, ctx.specs), 'specs/shared and the first method with an example'),
    ]
  }
  return defineEmitter({
    name: 'conformance',
    outputs: [dir],
    cacheKey: JSON.stringify({ dir }),
    emitMethod,
    summarizeMethod,
    emitIndex,
    emit(ctx) {
      const files = [...ctx.specs.methods.flatMap((loaded) => emitMethod(ctx, loaded)), ...emitIndex(ctx)]
      return files.sort((a, b) => compareCodeUnits(a.path, b.path))
    },
  })
}
