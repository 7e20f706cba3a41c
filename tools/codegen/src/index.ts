/** @b24kit/codegen: the generator core and its emitter plugin API. */
export { type CodegenConfig, defineConfig } from './config.js'
export { defineEmitter, type EmitContext, type Emitter, type GeneratedFile } from './emitter.js'
export type { CaseAuth, CaseData, CaseError, CasePortal, MethodCases } from './emitters/conformance/case-shape.js'
export { describeOrigin, formatHeader } from './header.js'
export { loadSpecs } from './load-specs.js'
export { compareCodeUnits, toCamelName, toKebabName, toPascalName } from './naming.js'
export { type GenerateOptions, type GenerateReport, runGenerator } from './run-generator.js'
