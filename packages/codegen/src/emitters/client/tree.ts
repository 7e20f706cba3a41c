/**
 * The nested method tree (`b24.crm.contact.delete(...)`): its type, documented member by member.
 * The core builds the tree itself, by name (a proxy), so the tree's helpers have fixed names the
 * proxy can tell from a method synchronously: `<x>.deleteMany` over `<x>.delete`, and
 * `<x>.listAll` over the paged list `<x>.list`.
 */
import type { MethodSpec } from '@b24kit/spec'
import { compareCodeUnits } from '../../naming.js'
import { safe } from './docs.js'
import { getItemTypeArgs, getListItemType } from './item-typing.js'
import { printKey } from './literal.js'
import { getMethodNames } from './names.js'
import { printJsDoc } from './statements.js'

interface Member {
  /** The member's signature in the tree type, without its name. */
  signature: string
  doc: string[]
}
type Node = Map<string, Node | Member>

/** The tree's helpers, which no method may be named: the core's proxy routes them by name. */
export const treeHelpers = { deleteMany: 'delete', listAll: 'list' } as const

/** Names the client object itself has; a method's first segment must not be one of them. */
export const reservedTopLevel = ['batch', 'call', 'callUntyped', 'callWithMeta', 'deleteMany', 'paginate', 'redact', 'request']

function memberDoc(spec: MethodSpec, standalone: string): string[] {
  const doc = [`${safe(spec.summary.en)} (\`${spec.method}\`). See {@link ${standalone}}.`]
  if (spec.deprecated) doc.push(`@deprecated ${safe(spec.deprecated.note.en)}`)
  return doc
}

function insert(root: Node, path: string[], name: string, member: Member, method: string): void {
  let node = root
  for (const segment of path) {
    const next = node.get(segment) ?? new Map()
    if (!(next instanceof Map)) throw new Error(`${method}: segment "${segment}" is a method of the tree and cannot also hold methods`)
    node.set(segment, next)
    node = next
  }
  if (node.has(name)) throw new Error(`${method}: the tree already has a member named "${[...path, name].join('.')}"`)
  node.set(name, member)
}

/** One member a method adds to the tree: the segments it sits under, its name, its type and doc. */
export interface TreeMember {
  path: string[]
  name: string
  /** The member's signature in the tree type, without its name. */
  signature: string
  doc: string[]
}

/**
 * The members one method adds to the tree: itself, and `deleteMany` or `listAll` where its name
 * and operation give it one. Throws when the method's name is one the client or the tree keeps.
 * Plain data, so the emitter caches it per method and builds the tree without the other specs.
 */
export function describeTreeMembers(spec: MethodSpec): TreeMember[] {
  const names = getMethodNames(spec.method)
  const t = getItemTypeArgs(spec)
  const path = spec.method.split('.')
  const last = path.pop() as string
  if (reservedTopLevel.includes(path[0] ?? last)) throw new Error(`${spec.method}: "${path[0] ?? last}" is a name of the client itself`)
  if (Object.hasOwn(treeHelpers, last)) throw new Error(`${spec.method}: "${last}" is the name of a helper of the method tree`)
  const optional = spec.params.some((p) => p.required) ? '' : '?'
  const members: TreeMember[] = [
    {
      path,
      name: last,
      signature: `${t ? '<T extends number>' : ''}(params${optional}: ${names.params}${t}, options?: CallOptions): Promise<${names.result}${t}>`,
      doc: memberDoc(spec, names.fn),
    },
  ]
  if (spec.operation.kind === 'delete' && last === treeHelpers.deleteMany) {
    const id = `${names.params}['${spec.operation.by}']`
    members.push({
      path,
      name: `${last}Many`,
      signature: `(ids: readonly ${id}[], options?: BatchOptions): Promise<DeleteManyReport<${id}, ${names.error}>>`,
      doc: [`Deletes many through \`batch\` and reports each id. See {@link ${names.many}}.`],
    })
  }
  if (spec.operation.kind === 'list' && spec.operation.start && last === treeHelpers.listAll) {
    const item = getListItemType(spec, names.result)
    members.push({
      path,
      name: `${last}All`,
      signature: `${t ? '<T extends number>' : ''}(params${optional}: ${names.params}${t}, options?: PaginateOptions<${item}>): AsyncGenerator<${item}, void, undefined>`,
      doc: [`Every record, page after page, following \`next\`. See {@link ${names.all}}.`],
    })
  }
  return members
}

/** Builds the tree's nodes from each method's members; throws when two members would share a name. */
export function buildTree(methods: readonly { method: string; members: readonly TreeMember[] }[]): Node {
  const root: Node = new Map()
  for (const { method, members } of methods)
    for (const { path, name, signature, doc } of members) insert(root, path, name, { signature, doc }, method)
  return root
}

/** Builds the tree's nodes from the specs; throws when two members would share a name. */
export function buildTreeNodes(specs: MethodSpec[]): Node {
  return buildTree(specs.map((spec) => ({ method: spec.method, members: describeTreeMembers(spec) })))
}

const sorted = (node: Node) => [...node.entries()].sort(([a], [b]) => compareCodeUnits(a, b))

function printMember(name: string, { doc, signature }: Member, indent: string): string {
  return `${printJsDoc(doc.join('\n'), indent)}${indent}${printKey(name)}${signature};\n`
}

/** A member as the tree's type prints it (its lines, with its doc), at the depth its path gives it. */
export function printTreeMember(member: TreeMember): string {
  return printMember(member.name, member, '  '.repeat(member.path.length + 1))
}

/** The tree's type as a type literal. */
export function printTreeType(node: Node, indent = ''): string {
  const inner = `${indent}  `
  const members = sorted(node).map(([name, value]) =>
    value instanceof Map ? `${inner}${printKey(name)}: ${printTreeType(value, inner)};\n` : printMember(name, value, inner),
  )
  return `{\n${members.join('')}${indent}}`
}
