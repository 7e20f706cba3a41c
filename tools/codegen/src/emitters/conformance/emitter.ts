/**
 * The conformance emitter: data only, no per-method code. Output tree under `outDir`:
 *
 *   <kebab-method>.ts  <camelMethod>Cases: every example and every error row of the method as a case
 *   index.ts           methodCases: every method's table, in name order
 *
 * The hand-written runner in tools/conformance/src runs each case through the generated client
 * against the generated mock, in-process and over HTTP.
 */
import type { LoadedMethod, SpecSet } from '@b24kit/spec'
import { type OptionalKind, type SourceFileStructure, StructureKind, VariableDeclarationKind } from 'ts-morph'
import { defineEmitter, type EmitContext, type Emitter, type GeneratedFile } from '../../emitter.js'
import { compareCodeUnits, toCamelName, toKebabName } from '../../naming.js'
import { writeVerbatim } from '../../ts-project.js'
import { printLiteral } from '../mock/literal.js'
import { orderCase } from './case-shape.js'
import { buildMethodCases } from './method-cases.js'
import { getUnknownMethodName } from './system-cases.js'

/** Where the conformance emitter writes. */
export interface ConformanceEmitterOptions {
  /** Folder relative to the repository root, such as `tools/conformance/src/generated`. */
  outDir: string
}

const typeModule = '../case.js'

/** The case table of one method. */
export function buildMethodCasesFile(loaded: LoadedMethod, specs: SpecSet): OptionalKind<SourceFileStructure> {
  const { method } = loaded.spec
  const cases = buildMethodCases(loaded, specs).map(orderCase)
  return {
    statements: [
      { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: typeModule, namedImports: ['MethodCases'] },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: [`The conformance cases of \`${method}\` (${cases.length}): its examples, its error rows and the system rows.`],
        declarations: [
          {
            name: `${toCamelName(method)}Cases`,
            type: 'MethodCases',
            initializer: writeVerbatim(printLiteral({ method, cases })),
          },
        ],
      },
    ],
  }
}

function buildIndexFile(methods: readonly LoadedMethod[]): OptionalKind<SourceFileStructure> {
  const names = methods.map((m) => m.spec.method)
  return {
    statements: [
      { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: typeModule, namedImports: ['MethodCases'] },
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

/** Throws when a spec is named like the name another method's unknown-method case calls. */
function assertUnknownNamesFree(methods: readonly LoadedMethod[]): void {
  const known = new Set(methods.map((m) => m.spec.method))
  for (const { spec, file } of methods) {
    const unknown = getUnknownMethodName(spec.method, new Set([spec.method]))
    if (known.has(unknown)) throw new Error(`${file}: the conformance case of an unknown method calls \`${unknown}\`, which has a spec`)
  }
}

/** Creates the conformance emitter, writing one case table per method and an index into `outDir`. */
export function conformanceEmitter(options: ConformanceEmitterOptions): Emitter {
  const dir = options.outDir.replace(/\/+$/, '')
  // One method's table depends on its spec and the shared specs only, so the core caches it.
  const emitMethod: NonNullable<Emitter['emitMethod']> = (ctx, loaded) => [
    ctx.emitTypeScript(`${dir}/${toKebabName(loaded.spec.method)}.ts`, buildMethodCasesFile(loaded, ctx.specs), loaded.file),
  ]
  const emitIndex = (ctx: EmitContext): GeneratedFile[] => {
    assertUnknownNamesFree(ctx.specs.methods)
    const methods = [...ctx.specs.methods].sort((a, b) => compareCodeUnits(a.spec.method, b.spec.method))
    return [ctx.emitTypeScript(`${dir}/index.ts`, buildIndexFile(methods), `the method specs (${methods.length})`)]
  }
  return defineEmitter({
    name: 'conformance',
    outputs: [dir],
    cacheKey: JSON.stringify({ dir }),
    emitMethod,
    emitIndex,
    emit(ctx) {
      const files = [...ctx.specs.methods.flatMap((loaded) => emitMethod(ctx, loaded)), ...emitIndex(ctx)]
      return files.sort((a, b) => compareCodeUnits(a.path, b.path))
    },
  })
}
