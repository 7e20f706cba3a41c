/** The lookup tables' shape: a large branch gets a table of its own, a small one stays inline. */
import type { MethodSpec } from '@b24kit/spec'
import { describe, expect, it } from 'vitest'
import { buildLazyFiles } from './lazy-files.js'

// The tables read only the method names.
const specsNamed = (...names: string[]) => names.map((method) => ({ method }) as MethodSpec)

describe('buildLazyFiles', () => {
  const files = buildLazyFiles(
    specsNamed(
      'crm.automation.trigger',
      'crm.automation.trigger.add',
      'crm.automation.trigger.delete',
      'crm.automation.trigger.execute',
      'crm.automation.trigger.list',
      'crm.automation.call.getTranscript',
    ),
    '../runtime.js',
  )
  const text = (path: string) => files.find((f) => f.path === path)?.text ?? ''

  it('moves a branch of four methods into its own table, keyed by the rest of the name', () => {
    expect(files.map((f) => f.path)).toEqual(['lazy.ts', 'lazy/crm.ts', 'lazy/crm/automation.ts', 'lazy/crm/automation/trigger.ts'])
    expect(text('lazy/crm/automation/trigger.ts')).toContain(
      "'execute': () => import('../../../descriptors/crm-automation-trigger-execute.js'),",
    )
    expect(text('lazy/crm/automation/trigger.ts')).toContain("import type { MethodTable } from '../../../../runtime.js';")
  })

  it("keeps a method named like its branch apart from the branch's table (the key of a branch ends in a dot)", () => {
    const family = text('lazy/crm/automation.ts')
    expect(family).toContain("'trigger': () => import('../../descriptors/crm-automation-trigger.js'),")
    expect(family).toContain("'trigger.': () => import('./automation/trigger.js'),")
  })

  it('leaves a small branch in the family table', () => {
    expect(text('lazy/crm/automation.ts')).toContain(
      "'call.gettranscript': () => import('../../descriptors/crm-automation-call-getTranscript.js'),",
    )
  })

  it('keys the families of a namespace of many by first letter, neighbour letters sharing a table of about the square root of them', () => {
    const families = 'abcdefghijklmnopq'.split('').map((letter) => `crm.${letter}x.get`)
    const grouped = buildLazyFiles(specsNamed(...families, 'crm.ay.get', 'user.get'), '../runtime.js')
    const at = (path: string) => grouped.find((f) => f.path === path)?.text ?? ''
    // 18 families: tables of at most 5, letters kept whole and in order.
    expect(at('lazy/crm.ts')).toContain("'abcd*': () => import('./crm/abcd-.js'),")
    expect(at('lazy/crm.ts')).toContain("'efghi*': () => import('./crm/efghi-.js'),")
    expect(at('lazy/crm.ts')).not.toContain("'a*'")
    expect(at('lazy/crm.ts')).not.toContain("'ax'")
    expect(at('lazy/crm/abcd-.ts')).toContain("'ax': () => import('./ax.js'),")
    expect(at('lazy/crm/abcd-.ts')).toContain("'ay': () => import('./ay.js'),")
    expect(at('lazy/crm/abcd-.ts')).toContain("'dx': () => import('./dx.js'),")
    expect(at('lazy/crm/abcd-.ts')).not.toContain("'ex'")
    expect(at('lazy/crm/abcd-.ts')).toContain("import type { FamilyTable } from '../../../runtime.js';")
    const tables = grouped.filter((f) => /^lazy\/crm\/[a-z]+-\.ts$/.test(f.path))
    expect(tables.map((f) => f.path.slice(9, -4))).toEqual(['abcd', 'efghi', 'jklmn', 'opq'])
    // A namespace of few families keeps one table.
    expect(at('lazy/user.ts')).toContain("'get': () => import('./user/get.js'),")
  })

  it('keys an API of many namespaces by first letters too: the entry holds a row a group, about an eighth of them each', () => {
    // 24 namespaces, a family each: groups of up to 3, a letter kept whole.
    const names = 'abcdefghijklmnopqrstuv'.split('').map((letter) => `${letter}ns.item.get`)
    const grouped = buildLazyFiles(specsNamed(...names, 'cnt.item.get', 'crm.contact.delete'), '../runtime.js')
    const at = (path: string) => grouped.find((f) => f.path === path)?.text ?? ''
    const entry = at('lazy.ts')
    expect(entry).toContain("'ab*': () => import('./lazy/ab-.js'),")
    // c has three namespaces: a group of its own.
    expect(entry).toContain("'c*': () => import('./lazy/c-.js'),")
    expect(entry).toContain("'def*': () => import('./lazy/def-.js'),")
    expect(entry).not.toContain("'crm'")
    expect(entry.match(/import\(/g)).toHaveLength(9)
    expect(entry).toContain("import type { NamespaceTable } from '../runtime.js';")
    // A group's table: its namespaces, each loading its table of families, beside them in lazy/.
    const c = at('lazy/c-.ts')
    expect(c).toContain("import type { NamespaceTable } from '../../runtime.js';")
    expect(c).toContain('export const families: NamespaceTable = {')
    expect(c).toContain("'cnt': () => import('./cnt.js'),")
    expect(c).toContain("'crm': () => import('./crm.js'),")
    expect(c).not.toContain("'dns'")
    expect(at('lazy/crm.ts')).toContain("'contact': () => import('./crm/contact.js'),")
    // A namespace's own tables are as before, at their places.
    expect(grouped.filter((f) => /^lazy\/[a-z]*-\.ts$/.test(f.path)).map((f) => f.path)).toEqual(
      ['ab', 'c', 'def', 'ghi', 'jkl', 'mno', 'pqr', 'stu', 'v'].map((letters) => `lazy/${letters}-.ts`),
    )
  })

  it('keeps one row a namespace up to 16 namespaces', () => {
    const names = 'abcdefghijklmnop'.split('').map((letter) => `${letter}ns.item.get`)
    const entry = buildLazyFiles(specsNamed(...names), '../runtime.js').find((f) => f.path === 'lazy.ts')?.text ?? ''
    expect(entry).toContain("'ans': () => import('./lazy/ans.js'),")
    expect(entry).not.toContain("*'")
  })
})
