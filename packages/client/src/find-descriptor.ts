/**
 * Finds a method's descriptor by its name, loading only what that name needs: the namespace's
 * table (through its letters' table in an API of many namespaces), the family's table (through its
 * letters' table in a namespace of many families) and the method's module (generated/lazy.ts). An app that calls one
 * method through `createClient` bundles the namespace table up front, not every descriptor; a
 * bundler splits the rest into chunks a call loads once.
 */
import type { MethodDescriptor } from './descriptor.js'
import { namespaces } from './generated/lazy.js'
import type { FamilyModule, LazyTable, MethodModule } from './runtime.js'

/** Any module of the lookup: a table of families or of methods, or a method's descriptor. */
type LookupModule = FamilyModule & MethodModule

/**
 * Walks the tables from the namespaces: each step takes the first key a table holds of the rest of
 * the name whole (a method), its first segment and a dot (a branch, `userfield.`), that segment (a
 * namespace or a family), else the key of letters and a star that holds its first letter (`cd*`, a
 * group of namespaces or of families, which takes no segment). The descriptor counts only where the whole name was taken.
 */
async function walk(name: string): Promise<MethodDescriptor | undefined> {
  let module: LookupModule = { families: namespaces as LazyTable<LookupModule> }
  for (let rest = name; ; ) {
    const table: LazyTable<LookupModule> | undefined = module.families ?? module.methods
    if (!table) return rest ? undefined : module.descriptor
    const segment = rest.split('.')[0] as string
    const key =
      [rest, `${segment}.`, segment].find((k) => Object.hasOwn(table, k)) ??
      Object.keys(table).find((k) => k.endsWith('*') && k.includes(rest.slice(0, 1)))
    if (key === undefined) return undefined
    module = await (table[key] as () => Promise<LookupModule>)()
    rest = key === rest ? '' : key.endsWith('*') ? rest : rest.slice(segment.length + 1)
  }
}

/**
 * The descriptor of `method` (any case), or undefined for a method without a spec. Nothing is kept
 * here: the module system keeps each loaded table, so a second call walks loaded modules (a few
 * microtasks), and a chunk that failed to load (a network error in a browser) is tried again by the
 * next call.
 */
export const findDescriptor = (method: string): Promise<MethodDescriptor | undefined> => walk(method.toLowerCase())
