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
})
