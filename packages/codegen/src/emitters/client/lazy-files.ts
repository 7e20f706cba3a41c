/**
 * The descriptors, reached by need: `createClient` must not bundle the descriptor of every method,
 * so it finds one by its name through three small tables, each a module of its own that a bundler
 * splits into a chunk and a runtime loads on the first call that needs it:
 *
 *   lazy.ts                  the namespaces (`crm`, `user`, ...), each loading its module;
 *                            in an API of many, by first letters as below (`cd*` -> lazy/cd-.ts, then `crm` in it)
 *   lazy/<ns>.ts             a namespace's families (`contact`, `deal`, ...), each loading its module;
 *                            in a namespace of many, by first letters, neighbour letters sharing a table (`cd*` -> lazy/<ns>/cd-.ts)
 *   lazy/<ns>/<family>.ts    a family's methods, each loading its descriptor module (descriptors/)
 *
 * An app's entry holds only the namespaces (or their letter groups); a call loads one namespace table, one family table
 * (and a branch's table for a method deep in a large branch) and one method module. Keys are lower case, as the server reads method names; a family's table keys
 * its methods by the rest of the name (`company.add` in `crm.contact`). Each entry is the bare
 * `import()` a bundler needs to split, and the runtime reads the module's export: what every entry
 * would repeat is written once, in the client's find-descriptor.ts.
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

/** The file of a namespace's or family's table, by its name (`crm`, `contact`; `sonet-group`). */
const tableFile = (name: string) => toKebabName(name) || '_'

/** The descriptor module of a method, below the generated folder (`descriptors/crm-contact-delete`). */
export const getDescriptorFile = (method: string) => `descriptors/${toKebabName(method)}`

/** The namespace, family and key in the family's table a method is found under (`crm.contact.company.add` -> crm, contact, company.add). */
function getLazyKeys(method: string): { namespace: string; family: string; rest: string } {
  const name = method.toLowerCase()
  const [namespace = '', family = ''] = name.split('.')
  return { namespace, family, rest: name.slice(namespace.length + family.length + 2) }
}

function printTable(doc: string, name: string, type: string, entries: [string, string][]): string {
  const rows = entries.sort(([a], [b]) => compareCodeUnits(a, b)).map(([key, value]) => `  ${quote(key)}: ${value},\n`)
  return `/** ${doc} */\nexport const ${name}: ${type} = {\n${rows.join('')}};\n`
}

/**
 * A family's methods of a deeper branch (`crm.contact.userfield.*`) go into a table of their own
 * once the branch has this many: the family's table then holds one entry for them, not one each,
 * and only a call into the branch loads their table (one more chunk on its way).
 */
const branchSize = 4

/** A method's family table entry: its descriptor module, from `depth` folders below the generated folder. */
const loadDescriptor = (method: string, depth: number) => `() => import('${'../'.repeat(depth)}${getDescriptorFile(method)}.js')`

/** The table of one family (`lazy/crm/contact.ts`) and of each of its large branches (`lazy/crm/contact/userfield.ts`). */
function buildFamilyFiles(namespace: string, family: string, members: readonly MethodSpec[], typeImport: TypeImport): LazyFile[] {
  const ns = tableFile(namespace)
  const base = `lazy/${ns}/${tableFile(family)}`
  const branches = new Map<string, MethodSpec[]>()
  for (const spec of members) {
    const { rest } = getLazyKeys(spec.method)
    const branch = rest.slice(0, Math.max(0, rest.indexOf('.')))
    if (branch) branches.set(branch, [...(branches.get(branch) ?? []), spec])
  }
  const files: LazyFile[] = []
  const rows: [string, string][] = []
  const inBranch = new Set<MethodSpec>()
  for (const [branch, specs] of branches) {
    if (specs.length < branchSize) continue
    for (const spec of specs) inBranch.add(spec)
    // `userfield.` with the dot: a method may be named like the branch (`crm.automation.trigger`).
    rows.push([`${branch}.`, `() => import('./${tableFile(family)}/${tableFile(branch)}.js')`])
    const methods = specs.map((spec): [string, string] => [
      getLazyKeys(spec.method).rest.slice(branch.length + 1),
      loadDescriptor(spec.method, 3),
    ])
    files.push({
      path: `${base}/${tableFile(branch)}.ts`,
      text:
        typeImport(3, 'MethodTable') +
        printTable(`The methods of \`${namespace}.${family}.${branch}\`: each loads its descriptor.`, 'methods', 'MethodTable', methods),
      source: `the specs of ${namespace}.${family}.${branch}`,
    })
  }
  for (const spec of members) if (!inBranch.has(spec)) rows.push([getLazyKeys(spec.method).rest, loadDescriptor(spec.method, 2)])
  const doc = `The methods of \`${namespace}.${family}\`: each loads its descriptor, or the table of a branch (a key ending in a dot).`
  files.push({
    path: `${base}.ts`,
    text: typeImport(2, 'MethodTable') + printTable(doc, 'methods', 'MethodTable', rows),
    source: `the specs of ${namespace}.${family}`,
  })
  return files
}

type TypeImport = (depth: number, type: string) => string

/**
 * A table with more rows than this (a namespace's families, or the namespaces) keys them by first
 * letters: a call then loads a group's few entries instead of every row, one more small chunk on
 * its way (crm has about 30 families, and its table was most of what a call loads beyond the core;
 * the namespaces' table is in every app's entry, and the real API has about 50 namespaces).
 */
const groupOver = 16

/** A table of rows grouped by first letters: where its files go, and what their text says. */
interface LetterTables {
  /** The folder of the groups' tables (`lazy/crm`, or `lazy` for the namespaces). */
  dir: string
  /** Its row's doc text (`The families of \`crm\``) and the export's type. */
  what: string
  type: string
  /** What each row of a group's table loads (`its table of methods`). */
  loads: string
  /** How many names a group may hold (its letters kept whole), from how many there are. */
  groupSize: (names: number) => number
}

/**
 * A namespace's families: groups of about the square root of them, so a call loads about as many
 * chunk names in the namespace's table as in its group's (both load only with a call).
 */
const balanceGroups = (names: number) => Math.ceil(Math.sqrt(names))

/**
 * The namespaces: about 8 groups, however many namespaces, since their table is in every app's
 * entry (an app that calls nothing pays for it too). Measured with tools/bench/src/bench-namespaces.ts
 * (the entry and the chunks of one call, each gzipped) against the square root at 17 to 240
 * namespaces: the same or smaller at each count (4,267 B against 4,306 B at 120, 4,353 B against
 * 4,427 B at 240), and the entry stays at 3.7 KB.
 */
const entryGroups = (names: number) => Math.ceil(names / 8)

/**
 * The tables of rows by first letters (`lazy/crm/cd-.ts`, the families starting with c or d;
 * `lazy/cd-.ts`, the namespaces) and the rows of the table above them (`cd*`, the group's letters and
 * a star: the lookup takes the row whose letters hold the name's first letter). Consecutive letters
 * share a table up to the level's group size. The same tables at both levels, one walk over them
 * (find-descriptor.ts); a table of few rows is left as it is.
 */
function groupByLetter(rows: [string, string][], tables: LetterTables, typeImport: TypeImport) {
  if (rows.length <= groupOver) return { files: [], rows }
  const names = rows.map(([name]) => name)
  const letters = new Map<string, string[]>()
  for (const name of [...names].sort(compareCodeUnits)) {
    const letter = name.slice(0, 1)
    letters.set(letter, [...(letters.get(letter) ?? []), name])
  }
  const size = tables.groupSize(names.length)
  const groups: { letters: string; members: string[] }[] = []
  for (const [letter, members] of letters) {
    const last = groups.at(-1)
    if (last && last.members.length + members.length <= size) {
      last.letters += letter
      last.members.push(...members)
    } else groups.push({ letters: letter, members: [...members] })
  }
  const files: LazyFile[] = []
  const groupRows: [string, string][] = []
  const depth = tables.dir.split('/').length
  for (const group of groups) {
    // A kebab name never ends in a hyphen, so `cd-` names no family's or namespace's table.
    const file = `${[...group.letters].map(tableFile).join('')}-`
    groupRows.push([`${group.letters}*`, `() => import('./${tables.dir.slice(tables.dir.lastIndexOf('/') + 1)}/${file}.js')`])
    const entries = group.members.map((name): [string, string] => [name, `() => import('./${tableFile(name)}.js')`])
    const start = `${tables.what} that start with ${[...group.letters].join(', ')}`
    files.push({
      path: `${tables.dir}/${file}.ts`,
      text: typeImport(depth, tables.type) + printTable(`${start}: each loads ${tables.loads}.`, 'families', tables.type, entries),
      source: start.replace(/`/g, '').replace(/^The/, 'the'),
    })
  }
  return { files, rows: groupRows }
}

/** Every table file, from the specs; `runtime` is the core module as imported from the generated folder. */
export function buildLazyFiles(specs: readonly MethodSpec[], runtime: string): LazyFile[] {
  const tree = new Map<string, Map<string, MethodSpec[]>>()
  for (const spec of specs) {
    const { namespace, family } = getLazyKeys(spec.method)
    const families = tree.get(namespace) ?? new Map<string, MethodSpec[]>()
    tree.set(namespace, families.set(family, [...(families.get(family) ?? []), spec]))
  }
  const typeImport: TypeImport = (depth, type) =>
    `import type { ${type} } from '${runtime.startsWith('.') ? '../'.repeat(depth) + runtime : runtime}';\n\n`
  const files: LazyFile[] = []
  const namespaces: [string, string][] = []
  for (const [namespace, families] of tree) {
    const ns = tableFile(namespace)
    namespaces.push([namespace, `() => import('./lazy/${ns}.js')`])
    const rows: [string, string][] = []
    for (const [family, members] of families) {
      rows.push([family, `() => import('./${ns}/${tableFile(family)}.js')`])
      files.push(...buildFamilyFiles(namespace, family, members, typeImport))
    }
    const what = `The families of \`${namespace}\``
    const grouped = groupByLetter(
      rows,
      { dir: `lazy/${ns}`, what, type: 'FamilyTable', loads: 'its table of methods', groupSize: balanceGroups },
      typeImport,
    )
    files.push(...grouped.files)
    const doc = `The families of \`${namespace}\`: each loads its table of methods (or, under letters and a star, the table of the families starting with them).`
    files.push({
      path: `lazy/${ns}.ts`,
      text: typeImport(1, 'FamilyTable') + printTable(doc, 'families', 'FamilyTable', grouped.rows),
      source: `the families of ${namespace}`,
    })
  }
  // The entry's table: in an API of many namespaces, a row a group of letters, so it stays about as
  // small however many namespaces are added.
  const grouped = groupByLetter(
    namespaces,
    { dir: 'lazy', what: 'The namespaces', type: 'NamespaceTable', loads: 'its table of families', groupSize: entryGroups },
    typeImport,
  )
  files.push(...grouped.files)
  const doc =
    grouped.rows === namespaces
      ? 'The namespaces: each loads its table of families. The only table an app bundles up front.'
      : 'The namespaces, by first letters: each loads the table of the namespaces starting with them. The only table an app bundles up front.'
  files.push({
    path: 'lazy.ts',
    text: typeImport(0, 'NamespaceTable') + printTable(doc, 'namespaces', 'NamespaceTable', grouped.rows),
    source: 'the namespaces of the specs',
  })
  return files.sort((a, b) => compareCodeUnits(a.path, b.path))
}
