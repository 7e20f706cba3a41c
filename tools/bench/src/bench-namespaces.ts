/**
 * The `createClient` app as namespaces are added (issue 15, goal 3): the namespaces' table is the
 * one table every app bundles up front, so the real API's ~50 namespaces (and more) must not grow
 * the entry a row each. The app is bundled against the real client core with its generated tables
 * replaced by those the client emitter builds (lazy-files.ts) for a synthetic API of N namespaces:
 * no generator run, so it costs a bundle a size.
 */
import { posix } from 'node:path'
import type { MethodSpec } from '@b24kit/spec'
import type { Plugin } from 'esbuild'
import { buildLazyFiles } from '../../../packages/codegen/src/emitters/client/lazy-files.js'
import { measureSplitApp, type SplitSize } from './bench-size.js'
import type { ResultRow } from './report.js'

/** Namespaces of the real API (first segments of its method names); past them, numbered copies keep their first letters' spread. */
const realNamespaces = `crm sale catalog tasks landing im task imbot booking imopenlines disk humanresources rpa documentgenerator
  mail calendar bizproc voximplant lists biconnector timeman entity user sonet_group imconnector telephony vote log placement event
  userfieldconfig sign mailservice messageservice main department userfieldtype call userconsent app ai socialnetwork profile
  server feature access pull mobile salescenter sender scope methods`.split(/\s+/)

/** `count` namespaces, crm first (the app calls crm.contact.delete). */
export function listNamespaces(count: number): string[] {
  const copy = (i: number) => Math.floor(i / realNamespaces.length) || ''
  return Array.from({ length: count }, (_, i) => `${realNamespaces[i % realNamespaces.length]}${copy(i)}`)
}

/** Serves the client's generated tables from `files` (a descriptor as a stub) instead of its generated folder. */
function serveTables(files: ReadonlyMap<string, string>): Plugin {
  return {
    name: 'synthetic-tables',
    setup(b) {
      b.onResolve({ filter: /\/generated\/lazy\.js$/ }, () => ({ path: 'lazy.ts', namespace: 'tables' }))
      b.onResolve({ filter: /.*/, namespace: 'tables' }, ({ path, importer }) => ({
        path: posix.join(posix.dirname(importer), path).replace(/\.js$/, '.ts'),
        namespace: 'tables',
      }))
      b.onLoad({ filter: /.*/, namespace: 'tables' }, ({ path }) => ({
        contents: files.get(path) ?? `export const descriptor = { method: '${path}', params: [], errors: [] }`,
        loader: 'ts',
      }))
    },
  }
}

const app = `import { createClient } from '@b24kit/client'
createClient({ webhookUrl: 'https://example.bitrix24.ru/rest/1/abc123/' }).crm.contact.delete({ id: 50 }).then(console.log)
`

/**
 * The generated modules a call of crm.contact.delete loads, from the text of the entry's table and
 * crm's (find-descriptor.ts takes the same steps): the table of the namespaces starting with c where
 * the entry groups them by letters, crm's table, the table of its families starting with c where it
 * groups them, contact's table and the descriptor.
 */
export function listDeleteLoads(entryTable: string, crmTable: string): string[] {
  const group = (table: string) => /'(\w*c\w*)\*'/.exec(table)?.[1]
  const namespaces = group(entryTable)
  const families = group(crmTable)
  return [
    ...(namespaces ? [`lazy/${namespaces}-.ts`] : []),
    'lazy/crm.ts',
    ...(families ? [`lazy/crm/${families}-.ts`] : []),
    'lazy/crm/contact.ts',
    'descriptors/crm-contact-delete.ts',
  ]
}

/** The one-delete app at an API of `count` namespaces (crm.contact.delete and a method in each other one), with the tables it was built on. */
export async function measureNamespaceApp(count: number): Promise<SplitSize & { tables: ReadonlyMap<string, string> }> {
  const methods = [
    'crm.contact.delete',
    ...listNamespaces(count)
      .slice(1)
      .map((ns) => `${ns}.item.get`),
  ]
  const tables = new Map(
    buildLazyFiles(
      methods.map((method) => ({ method }) as MethodSpec),
      '../runtime.js',
    ).map((f) => [f.path, f.text]),
  )
  const loads = listDeleteLoads(tables.get('lazy.ts') ?? '', tables.get('lazy/crm.ts') ?? '')
  return { ...(await measureSplitApp(app, loads, [serveTables(tables)])), tables }
}

/** The namespace counts of the info row: one (today's tree), the last of one row each, the real API's size, twice it. */
export const namespaceCounts = [1, 16, 60, 120] as const

/** An info row: the app's entry and the whole one-call app at each count. */
export async function measureNamespaceScale(log: (line: string) => void): Promise<ResultRow> {
  log(`client scale: bundling the createClient app at ${namespaceCounts.join(', ')} namespaces`)
  const figures: string[] = []
  for (const count of namespaceCounts) {
    const size = await measureNamespaceApp(count)
    const bytes = (n: number) => `${n.toLocaleString('en-US')} B`
    figures.push(`${count}: ${bytes(size.entryGzipped)} entry, ${bytes(size.gzipped)} with the call`)
  }
  return {
    id: 's3c',
    area: 'client',
    what: `the one-delete createClient app on the emitter's tables of ${namespaceCounts.join(', ')} synthetic namespaces: its entry, and with what the call loads, min+gzip`,
    measured: figures.join('; '),
    status: 'info',
    note: "Past 16 namespaces the entry's table holds a row a group of neighbour first letters (about 8, however many namespaces), and the call loads that group's table of namespaces: the entry stays at its size from 60 to 120 namespaces. The tables are the client emitter's, on synthetic names spread as the real API's first letters.",
  }
}
