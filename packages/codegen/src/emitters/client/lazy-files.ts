/**
 * The descriptors, reached by need: `createClient` must not bundle the descriptor of every method,
 * so it finds one by its name through three small tables, each a module of its own that a bundler
 * splits into a chunk and a runtime loads on the first call that needs it:
 *
 *   lazy.ts                  the namespaces (`crm`, `user`, ...), each loading its module
 *   lazy/<ns>.ts             a namespace's families (`contact`, `deal`, ...), each loading its module
 *   lazy/<ns>/<family>.ts    a family's methods, each loading its descriptor module (descriptors/)
 *
 * An app's entry holds only the namespaces; a call loads one namespace table, one family table and
 * one method module. Keys are lower case, as the server reads method names.
 */
import type { MethodSpec } from '@b24kit/spec'
import { compareCodeUnits, toKebabName } from '../../naming.js'
import { quote } from './literal.js'

/** A lazily built file: its path below the generated folder and its text (without the header). */
export interface LazyFile {
  path: string
  text: string
  /** What it is made from, for its header: only its own part of the specs, so adding a method elsewhere leaves it as it is. */
  source: string
}

const familyFile = (family: string) => toKebabName(family) || '_'

/** The descriptor module of a method, below the generated folder (`descriptors/crm-contact-delete`). */
export const getDescriptorFile = (method: string) => `descriptors/${toKebabName(method)}`

/** The namespace and family a method is found under (`crm.contact.delete` -> crm, contact). */
function getLazyKeys(method: string): { namespace: string; family: string } {
  const [namespace = '', family = ''] = method.toLowerCase().split('.')
  return { namespace, family }
}

function printTable(doc: string, name: string, type: string, entries: [string, string][]): string {
  const rows = entries.sort(([a], [b]) => compareCodeUnits(a, b)).map(([key, value]) => `  ${quote(key)}: ${value},\n`)
  return `/** ${doc} */\nexport const ${name}: ${type} = {\n${rows.join('')}};\n`
}

/** Every table file, from the specs; `runtime` is the core module as imported from the generated folder. */
export function buildLazyFiles(specs: readonly MethodSpec[], runtime: string): LazyFile[] {
  const tree = new Map<string, Map<string, MethodSpec[]>>()
  for (const spec of specs) {
    const { namespace, family } = getLazyKeys(spec.method)
    const families = tree.get(namespace) ?? new Map<string, MethodSpec[]>()
    tree.set(namespace, families.set(family, [...(families.get(family) ?? []), spec]))
  }
  const up = (depth: number) => '../'.repeat(depth)
  const typeImport = (depth: number) =>
    `import type { DescriptorTable, MethodDescriptor } from '${runtime.startsWith('.') ? up(depth) + runtime : runtime}';\n\n`
  const files: LazyFile[] = []
  const namespaces: [string, string][] = []
  for (const [namespace, families] of tree) {
    const ns = toKebabName(namespace)
    namespaces.push([namespace, `() => import('./lazy/${ns}.js').then((m) => m.families)`])
    const rows: [string, string][] = []
    for (const [family, members] of families) {
      rows.push([family, `() => import('./${ns}/${familyFile(family)}.js').then((m) => m.methods)`])
      const methods = members.map((spec): [string, string] => {
        return [spec.method.toLowerCase(), `() => import('../../${getDescriptorFile(spec.method)}.js').then((m) => m.descriptor)`]
      })
      const doc = `The methods of \`${namespace}.${family}\`: each loads its descriptor.`
      files.push({
        path: `lazy/${ns}/${familyFile(family)}.ts`,
        text: typeImport(2) + printTable(doc, 'methods', 'DescriptorTable<MethodDescriptor>', methods),
        source: `the specs of ${namespace}.${family}`,
      })
    }
    const doc = `The families of \`${namespace}\`: each loads its table of methods.`
    files.push({
      path: `lazy/${ns}.ts`,
      text: typeImport(1) + printTable(doc, 'families', 'DescriptorTable<DescriptorTable<MethodDescriptor>>', rows),
      source: `the families of ${namespace}`,
    })
  }
  const doc = 'The namespaces: each loads its table of families. The only table an app bundles up front.'
  files.push({
    path: 'lazy.ts',
    text: typeImport(0) + printTable(doc, 'namespaces', 'DescriptorTable<DescriptorTable<DescriptorTable<MethodDescriptor>>>', namespaces),
    source: 'the namespaces of the specs',
  })
  return files.sort((a, b) => compareCodeUnits(a.path, b.path))
}
