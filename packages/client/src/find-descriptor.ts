/**
 * Finds a method's descriptor by its name, loading only what that name needs: the namespace's
 * table, the family's table and the method's module (generated/lazy.ts). An app that calls one
 * method through `createClient` bundles the namespace table up front, not every descriptor; a
 * bundler splits the rest into chunks a call loads once.
 */
import type { MethodDescriptor } from './descriptor.js'
import { namespaces } from './generated/lazy.js'
import type { DescriptorTable } from './runtime.js'

const found = new Map<string, Promise<MethodDescriptor | undefined>>()

function load<T>(table: DescriptorTable<T> | undefined, key: string): Promise<T> | undefined {
  return table && Object.hasOwn(table, key) ? table[key]?.() : undefined
}

/** The descriptor of `method` (any case), or undefined for a method without a spec. */
export function findDescriptor(method: string): Promise<MethodDescriptor | undefined> {
  const name = method.toLowerCase()
  const known = found.get(name)
  if (known) return known
  const [namespace = '', family = ''] = name.split('.')
  const pending = Promise.resolve(load(namespaces, namespace))
    .then((families) => load(families, family))
    .then((methods) => load(methods, name))
  // A chunk that failed to load (a network error in a browser) is tried again by the next call.
  found.set(name, pending)
  pending.catch(() => found.delete(name))
  return pending
}
