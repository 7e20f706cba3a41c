/**
 * Finds a method's descriptor by its name, loading only what that name needs: the namespace's
 * table, the family's table (through its letter's table in a namespace of many families) and the
 * method's module (generated/lazy.ts). An app that calls one
 * method through `createClient` bundles the namespace table up front, not every descriptor; a
 * bundler splits the rest into chunks a call loads once.
 */
import type { MethodDescriptor } from './descriptor.js'
import { namespaces } from './generated/lazy.js'
import type { LazyTable } from './runtime.js'

const found = new Map<string, Promise<MethodDescriptor | undefined>>()

function load<M>(table: LazyTable<M> | undefined, key: string): Promise<M> | undefined {
  return table && Object.hasOwn(table, key) ? table[key]?.() : undefined
}

/** The descriptor of `method` (any case), or undefined for a method without a spec. */
export function findDescriptor(method: string): Promise<MethodDescriptor | undefined> {
  const name = method.toLowerCase()
  const known = found.get(name)
  if (known) return known
  // `crm.contact.userfield.list`: namespace `crm`, family `contact`, then `userfield.list` in the
  // family's table, or `list` in the table of its branch `userfield.` when the branch has one.
  const [namespace = '', family = ''] = name.split('.')
  const rest = name.slice(namespace.length + family.length + 2)
  const branch = rest.slice(0, rest.indexOf('.') + 1)
  const pending = Promise.resolve(load(namespaces, namespace))
    .then((module) => {
      // A namespace of many families keys them by first letter (`c*`): one more small table.
      const own = load(module?.families, family)
      return own ?? load(module?.families, `${family.slice(0, 1)}*`)?.then((group) => load(group.families, family))
    })
    .then((module) => {
      const leaf = load(module?.methods, rest)
      if (leaf || !branch) return leaf
      return load(module?.methods, branch)?.then((sub) => load(sub.methods, rest.slice(branch.length)))
    })
    .then((module) => module?.descriptor)
  // A chunk that failed to load (a network error in a browser) is tried again by the next call.
  found.set(name, pending)
  pending.catch(() => found.delete(name))
  return pending
}
