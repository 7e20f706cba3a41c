/**
 * The method tree (`b24.crm.contact.delete(params)`), built by name: a proxy collects the path and
 * a call sends it, so the tree costs the same at 10 methods or 2,000 and the types (MethodTree,
 * generated) stay exactly as precise. `<x>.deleteMany(ids)` and `<x>.listAll(params)` are the
 * tree's helpers over `<x>.delete` and the paged `<x>.list`; no method is named like them (the
 * generator refuses it).
 */
import type { CallOptions } from './base.js'
import type { BatchOptions } from './batch.js'
import type { PaginateOptions } from './paginate.js'

/** What the tree calls: the client's own functions, by method name. */
export interface TreeTarget {
  call(method: string, params?: object, options?: CallOptions): Promise<unknown>
  deleteMany(method: string, ids: readonly unknown[], options?: BatchOptions): Promise<unknown>
  paginate(method: string, params?: object, options?: PaginateOptions<unknown>): AsyncGenerator<unknown, void, undefined>
}

/**
 * The node at `path`: its members are nodes, and calling it calls the method `path` names. The root
 * (`own` given, an empty path) keeps its own members as they are: how `createClient` puts the tree
 * beside `call`, `batch` and the rest.
 */
export function createTreeNode(target: TreeTarget, path: readonly string[], own?: object): unknown {
  return new Proxy(own ?? (() => undefined), {
    // `then` too: a node is not a promise, so `await b24.crm` gives the node back.
    get: (object, key, receiver) =>
      typeof key === 'symbol' || key === 'then' || (own && Object.hasOwn(own, key))
        ? own && Reflect.get(object, key, receiver)
        : createTreeNode(target, [...path, key]),
    apply(_, __, [first, options]: unknown[]) {
      const last = path.length > 1 && path.at(-1)
      const base = path.slice(0, -1).join('.')
      if (last === 'deleteMany') return target.deleteMany(`${base}.delete`, first as unknown[], options as BatchOptions)
      if (last === 'listAll') return target.paginate(`${base}.list`, first as object, options as PaginateOptions<unknown>)
      return target.call(path.join('.'), first as object | undefined, options as CallOptions | undefined)
    },
  })
}

/**
 * An object whose own members stay as they are and whose other string keys are the tree's first
 * segments (`client.crm`): how `createClient` puts the tree beside `call`, `batch` and the rest.
 */
export const withMethodTree = <O extends object>(own: O, target: TreeTarget): O => createTreeNode(target, [], own) as O
