/** @b24kit/spec: the model of a Bitrix24 REST method spec, its helpers and its validator. */
export { defineEntity, defineMethod, defineRecordType, defineSystemErrors } from './define.js'
export { getCamelFieldName, isReversibleFieldName, toCamelFieldName, toUpperFieldName } from './field-names.js'
export { describeValue, formatIssue, type SpecIssue, SpecValidationError } from './issues.js'
export { createMethodSpecJsonSchema } from './json-schema.js'
export * from './model.js'
export * from './portal.js'
export * from './shapes.js'
export {
  castPhpInt,
  checkParamValue,
  getBindingKey,
  type LoadedMethod,
  parseMethodSpec,
  parseSharedSpecs,
  type SharedSpecs,
  type SpecSet,
  type ValidateSetOptions,
  validateSpecSet,
} from './validate.js'
