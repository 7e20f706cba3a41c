/**
 * The standalone functions of a method: `crmContactDelete(client, params)`, which pulls in only
 * its own descriptor, for delete methods `crmContactDeleteMany(client, ids)` over batch, and for
 * paged list methods `crmContactListAll(client, params)`, the pager over every record.
 */
import type { MethodSpec } from '@b24kit/spec'
import { type FunctionDeclarationStructure, StructureKind } from 'ts-morph'
import { type DocsUrl, methodDoc } from './docs.js'
import { getItemTypeArgs, getListItemType } from './item-typing.js'
import type { MethodNames } from './names.js'

/** The function that calls the method. */
export function buildCallFunction(spec: MethodSpec, names: MethodNames, docsUrl: DocsUrl): FunctionDeclarationStructure {
  const t = getItemTypeArgs(spec)
  return {
    kind: StructureKind.Function,
    name: names.fn,
    isExported: true,
    docs: [methodDoc(spec, docsUrl, (params) => `await ${names.fn}(client, ${params})`)],
    typeParameters: t ? [{ name: 'T', constraint: 'number' }] : [],
    parameters: [
      { name: 'client', type: 'B24Transport' },
      // A method whose params are all optional may be called without them.
      { name: 'params', type: `${names.params}${t}`, hasQuestionToken: !spec.params.some((p) => p.required) },
      { name: 'options', type: 'CallOptions', hasQuestionToken: true },
    ],
    returnType: `Promise<${names.result}${t}>`,
    statements: [`return client.request<${names.result}${t}>(${names.descriptor}, params, options).then((answer) => answer.result);`],
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

/** Whether the method is a list the pager can follow (its spec names the `start` parameter). */
export const isPagedList = (spec: MethodSpec): boolean => spec.operation.kind === 'list' && spec.operation.start !== undefined

/** For a paged list method: the async iterator over every record, page after page. */
export function buildListAllFunction(spec: MethodSpec, names: MethodNames): FunctionDeclarationStructure | undefined {
  if (spec.operation.kind !== 'list' || !spec.operation.start) return undefined
  const t = getItemTypeArgs(spec)
  const item = getListItemType(spec, names.result)
  return {
    kind: StructureKind.Function,
    name: names.all,
    isExported: true,
    docs: [
      {
        description: [
          `Yields every record \`${spec.method}\` answers for \`params\`, following \`next\` page after page (as \`${spec.operation.start}\`);`,
          'each page is an ordinary call, so the limits and retries apply. `onPage` sees each answer (`total`, `next`).',
        ].join('\n'),
        tags: spec.deprecated ? [{ tagName: 'deprecated', text: spec.deprecated.note.en }] : [],
      },
    ],
    parameters: [
      { name: 'client', type: 'B24Transport' },
      { name: 'params', type: `${names.params}${t}`, hasQuestionToken: !spec.params.some((p) => p.required) },
      { name: 'options', type: `PaginateOptions<${item}>`, hasQuestionToken: true },
    ],
    typeParameters: t ? [{ name: 'T', constraint: 'number' }] : [],
    returnType: `AsyncGenerator<${item}, void, undefined>`,
    statements: [`return paginate<${item}>(client, ${names.descriptor}, params, options);`],
  }
}
