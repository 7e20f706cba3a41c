/**
 * The entry of the one-delete `createClient` app as namespaces are added: past 16, the entry's
 * table holds a row a group of first letters, so it does not grow from 60 to 120 namespaces, and
 * the call takes one more small step (the group's table of namespaces).
 */
import { describe, expect, it } from 'vitest'
import { listDeleteLoads, measureNamespaceApp, measureNamespaceScale, namespaceCounts } from './bench-namespaces.js'

describe('the createClient app as namespaces are added', () => {
  it('keeps its entry from 60 to 120 namespaces, about 8 rows of letter groups', async () => {
    const at = new Map<number, Awaited<ReturnType<typeof measureNamespaceApp>>>()
    for (const count of namespaceCounts) at.set(count, await measureNamespaceApp(count))
    const entry = (count: number) => at.get(count)?.entryGzipped ?? Number.NaN
    const whole = (count: number) => at.get(count)?.gzipped ?? Number.NaN
    const rows = (count: number) =>
      at
        .get(count)
        ?.tables.get('lazy.ts')
        ?.match(/\(\) => import/g)?.length
    // Measured: entry 3,581 B at 1 namespace, 3,869 at 16 (a row each), 3,739 at 60 and 3,740 at
    // 120; without the groups about 19 B more a namespace (5.8 KB at 120).
    // The entry is the app's, the core in it (not a table's chunk named like the app).
    for (const count of namespaceCounts) expect(entry(count)).toBeGreaterThan(whole(count) - entry(count))
    expect([rows(1), rows(16)]).toEqual([1, 16])
    // Groups of up to an eighth of the namespaces, a letter's kept whole: 10 rows at 60 and at 120.
    expect(rows(60)).toBeLessThanOrEqual(10)
    expect(rows(120)).toBe(rows(60))
    expect(entry(60)).toBeLessThan(entry(16))
    // A row costs about 19 B gzipped; chunk names (hashes) move a total by a byte or two.
    expect(entry(120) - entry(60)).toBeLessThanOrEqual(8)
    // The call's step through the group of the namespaces starting with c is a small chunk.
    expect(whole(120) - entry(120) - (whole(16) - entry(16))).toBeLessThanOrEqual(300)
  })

  it('makes an info row of the figures', async () => {
    const row = await measureNamespaceScale(() => {})
    expect(row).toMatchObject({ id: 's3c', status: 'info' })
    expect(row.measured).toMatch(/^1: [\d,]+ B entry, [\d,]+ B with the call; 16: .*; 120: [\d,]+ B entry/)
  })

  it("lists what the delete loads, through the entry's and crm's letter groups where they have them", () => {
    const crm = "'contact': () => import('./crm/contact.js'),"
    expect(listDeleteLoads("'crm': () => import('./lazy/crm.js'),", crm)).toEqual([
      'lazy/crm.ts',
      'lazy/crm/contact.ts',
      'descriptors/crm-contact-delete.ts',
    ])
    expect(
      listDeleteLoads(
        "'ab*': () => import('./lazy/ab-.js'),\n'cd*': () => import('./lazy/cd-.js'),",
        "'bcd*': () => import('./crm/bcd-.js'),",
      ),
    ).toEqual(['lazy/cd-.ts', 'lazy/crm.ts', 'lazy/crm/bcd-.ts', 'lazy/crm/contact.ts', 'descriptors/crm-contact-delete.ts'])
  })
})
