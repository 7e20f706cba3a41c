/**
 * The descriptor of a method: the data the client core reads to validate a call before sending it
 * and to classify its errors (rules and rows, without the docs' prose).
 */
import type { ErrorRow, MethodSpec } from '@b24kit/spec'
import { printLiteral } from './literal.js'
import type { MethodNames } from './names.js'
import { printConst } from './statements.js'

/**
 * An error row as the core reads it. Its text serves two ends: the description of a check that
 * fails before sending (English), and telling apart rows whose code does not (`byText`): only
 * those keep the Russian too, since the portal may answer in either language.
 */
export const describeErrorRow = (row: ErrorRow, byText = true) => ({
  id: row.id,
  code: row.code,
  status: row.status,
  text: byText || typeof row.text === 'string' ? row.text : row.text.en,
  kind: row.kind,
})

/**
 * Whether the core tells a row apart by its text (errors.ts `classifyError`): a row without a code,
 * one whose code another row of the method shares, or one with a system row's code. Unknown system
 * codes (undefined) keep every text.
 */
function isToldByText(row: ErrorRow, rows: readonly ErrorRow[], systemCodes: ReadonlySet<string> | undefined): boolean {
  return !row.code || !systemCodes || systemCodes.has(row.code) || rows.filter((r) => r.code === row.code).length > 1
}

/** What the core does with the method beyond calling it: deleteMany for deletes, the pager for paged lists. */
function describeOperation(operation: MethodSpec['operation']) {
  if (operation.kind === 'delete') return { kind: 'delete', by: operation.by, notFound: operation.notFound }
  if (operation.kind === 'list' && operation.start)
    return { kind: 'list', start: operation.start, ...(operation.wrap ? { wrap: operation.wrap } : {}) }
  return undefined
}

/** The descriptor's data; `systemCodes` are the system rows' codes (errors told apart by text keep both languages). */
export function describeMethod(spec: MethodSpec, systemCodes?: ReadonlySet<string>) {
  return {
    method: spec.method,
    params: spec.params.map((p) => ({
      name: p.name,
      type: p.type,
      required: p.required,
      minimum: p.minimum,
      coercion: p.coercion === 'none' ? undefined : p.coercion,
      spellings: p.spellings,
      invalidError: p.invalidError,
    })),
    errors: spec.errors.map((row) => describeErrorRow(row, isToldByText(row, spec.errors, systemCodes))),
    result: { type: spec.result.type, const: spec.result.const },
    operation: describeOperation(spec.operation),
  }
}

/**
 * `export const crmContactDeleteDescriptor: MethodDescriptor = { ... }`. Annotated rather than
 * `as const`: its declaration is then one line, not the literal's whole readonly type, which every
 * consumer's compiler and editor would parse for every method (a fifth of the declarations' bytes).
 */
export function buildDescriptor(spec: MethodSpec, names: MethodNames, systemCodes?: ReadonlySet<string>): string {
  return printConst(
    names.descriptor,
    `How the client checks and classifies \`${spec.method}\` calls.`,
    printLiteral(describeMethod(spec, systemCodes)),
    'MethodDescriptor',
  )
}

/**
 * `descriptors/<kebab-method>.ts`: the same descriptor again, alone, for `createClient` to load by
 * need (lazy-files.ts). A separate module, not an import of the method's: a bundler splitting
 * chunks keeps in an app's entry every chunk the package's root reaches statically, and the root
 * re-exports each method module.
 */
export function printDescriptorModule(spec: MethodSpec, runtime: string, systemCodes?: ReadonlySet<string>): string {
  const core = runtime.startsWith('.') ? `../${runtime}` : runtime
  return [
    `import type { MethodDescriptor } from '${core}';`,
    '',
    `/** How the client checks and classifies \`${spec.method}\` calls, loaded by need. */`,
    `export const descriptor: MethodDescriptor = ${printLiteral(describeMethod(spec, systemCodes))};`,
    '',
  ].join('\n')
}
