/**
 * The standalone functions of a method: `crmContactDelete(client, params)`, which pulls in only
 * its own descriptor, and for delete methods `crmContactDeleteMany(client, ids)` over batch.
 */
import type { MethodSpec } from '@b24kit/spec'
import { type FunctionDeclarationStructure, StructureKind } from 'ts-morph'
import { type DocsUrl, methodDoc } from './docs.js'
import type { MethodNames } from './names.js'

/** The function that calls the method. */
export function buildCallFunction(spec: MethodSpec, names: MethodNames, docsUrl: DocsUrl): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: names.fn,
    isExported: true,
    docs: [methodDoc(spec, docsUrl, (params) => `await ${names.fn}(client, ${params})`)],
    parameters: [
      { name: 'client', type: 'B24Transport' },
      // A method whose params are all optional may be called without them.
      { name: 'params', type: names.params, hasQuestionToken: !spec.params.some((p) => p.required) },
      { name: 'options', type: 'CallOptions', hasQuestionToken: true },
    ],
    returnType: `Promise<${names.result}>`,
    statements: [`return client.request<${names.result}>(${names.descriptor}, params, options).then((answer) => answer.result);`],
  }
}

/** For a delete method: the function that deletes many records through batch and reports each. */
export function buildDeleteManyFunction(spec: MethodSpec, names: MethodNames): FunctionDeclarationStructure | undefined {
  if (spec.operation.kind !== 'delete') return undefined
  const { by } = spec.operation
  return {
    kind: StructureKind.Function,
    name: names.many,
    isExported: true,
    docs: [
      {
        description: [
          `Calls \`${spec.method}\` for each of \`ids\` through \`batch\`, 50 commands a request, and reports`,
          `every id as deleted, not found (error \`${spec.operation.notFound}\`) or failed with its error.`,
          `Ids that break the \`${by}\` rules fail before sending; a failed request fails its ids only.`,
        ].join('\n'),
        tags: spec.deprecated ? [{ tagName: 'deprecated', text: spec.deprecated.note.en }] : [],
      },
    ],
    parameters: [
      { name: 'client', type: 'B24Transport' },
      { name: 'ids', type: `readonly ${names.params}['${by}'][]` },
      { name: 'options', type: 'BatchOptions', hasQuestionToken: true },
    ],
    returnType: `Promise<DeleteManyReport<${names.params}['${by}'], ${names.error}>>`,
    statements: [`return deleteMany(client, ${names.descriptor}, ids, options);`],
  }
}
