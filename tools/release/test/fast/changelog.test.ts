// The changelog function @changesets/cli loads: entries lead with the spec methods a changeset names.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'

interface ChangelogModule {
  getReleaseLine(changeset: { summary: string; commit?: string }, type: string, options: { specsDir?: string } | null): Promise<string>
  getDependencyReleaseLine(
    changesets: readonly { commit?: string }[],
    dependencies: readonly { name: string; newVersion: string }[],
  ): Promise<string>
  findNamedMethods(summary: string, known: readonly string[]): string[]
  formatEntry(summary: string, methods: readonly string[], commit: string | undefined): string
  listSpecMethods(specsDir: string): string[]
}

const changelog = createRequire(import.meta.url)('../../src/changelog.cjs') as ChangelogModule
const root = join(import.meta.dirname, '..', '..', '..', '..')

describe('findNamedMethods', () => {
  const known = ['crm.contact.delete', 'crm.contact.add']
  test.each([
    ['a known method in prose', 'crm.contact.delete: the not-found text is localised.', ['crm.contact.delete']],
    ['two, in the order named', 'crm.contact.add and crm.contact.delete share the id rule', ['crm.contact.add', 'crm.contact.delete']],
    ['not a longer name', 'crm.contact.deleted records stay', []],
    ['not a sub-name', 'see crm.contact.delete.ts', []],
    ['a removed method in backticks', 'removed `crm.lead.delete`', ['crm.lead.delete']],
    ['not file names in backticks', 'edit `package.json` and `specs/crm.contact.add.ts`', []],
    ['none', 'a README fix', []],
  ] as const)('%s', (_title, summary, want) => {
    expect(changelog.findNamedMethods(summary, known)).toEqual(want)
  })
})

describe('formatEntry', () => {
  test.each([
    [
      'methods and commit lead',
      'crm.contact.delete: fixed text',
      ['crm.contact.delete'],
      'abcdef1234',
      '- `crm.contact.delete` (abcdef1): fixed text',
    ],
    ['no repeated method prefix', 'crm.contact.add: new method', ['crm.contact.add'], undefined, '- `crm.contact.add`: new method'],
    ['no methods', 'docs only', [], 'abcdef1234', '- abcdef1: docs only'],
    ['continuation lines indent', 'first\nsecond\n\nthird', [], undefined, '- first\n  second\n\n  third'],
  ] as const)('%s', (_title, summary, methods, commit, want) => {
    expect(changelog.formatEntry(summary, methods, commit)).toBe(want)
  })
})

describe('as @changesets/cli calls it', () => {
  test('the repository config points at this module with both functions', () => {
    const config = JSON.parse(readFileSync(join(root, '.changeset', 'config.json'), 'utf8')) as { changelog: [string, unknown] }
    expect(join(root, '.changeset', config.changelog[0])).toBe(join(import.meta.dirname, '..', '..', 'src', 'changelog.cjs'))
    expect(typeof changelog.getReleaseLine).toBe('function')
    expect(typeof changelog.getDependencyReleaseLine).toBe('function')
  })

  test('reads the method names from the repository specs', async () => {
    expect(changelog.listSpecMethods(join(root, 'specs'))).toContain('crm.contact.delete')
    const line = await changelog.getReleaseLine({ summary: 'Fixes the crm.contact.delete error text.', commit: '0123456789' }, 'patch', {
      specsDir: 'specs',
    })
    expect(line).toBe('- `crm.contact.delete` (0123456): Fixes the crm.contact.delete error text.')
  })

  test('dependency lines list the updated packages', async () => {
    expect(await changelog.getDependencyReleaseLine([], [])).toBe('')
    expect(await changelog.getDependencyReleaseLine([{}], [{ name: '@b24kit/spec', newVersion: '0.2.0' }])).toBe(
      '- Updated dependencies\n  - @b24kit/spec@0.2.0',
    )
  })
})
