import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { formatIssue, parseMethodSpec, parseSharedSpecs, type SpecIssue, type SpecValidationError, validateSpecSet } from '@b24kit/spec'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as sharedSpecs from '../../../specs/shared/index.js'
import { createSpecSkeleton, newMethodFlags, runNewMethod, ScaffoldError, writeNewMethod } from './new-method.js'

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'scaffold-'))
  await import('node:fs/promises').then((fs) => fs.mkdir(join(root, 'specs')))
})
afterEach(() => rm(root, { recursive: true, force: true }))

describe('pnpm new-method', () => {
  it('writes the spec skeleton and a changeset naming the method', async () => {
    expect(await writeNewMethod(root, 'crm.quote.delete')).toEqual(['specs/crm.quote.delete.ts', '.changeset/crm-quote-delete.md'])
    expect(await readFile(join(root, 'specs/crm.quote.delete.ts'), 'utf8')).toContain("method: 'crm.quote.delete'")
    expect(await readFile(join(root, '.changeset/crm-quote-delete.md'), 'utf8')).toContain('crm.quote.delete: new method.')
  })

  it.each([
    ['crm.contact.delete', 'boolean', 'delete'],
    ['crm.contact.get', 'object', 'get'],
    ['crm.contact.list', 'array', 'list'],
    ['crm.contact.add', 'integer', 'add'],
    ['crm.contact.update', 'boolean', 'update'],
    ['crm.contact.fields', 'object', 'fields'],
    ['crm.contact.search', 'object', 'get'],
  ])('writes a %s skeleton answering %s by a %s operation, each TODO refused naming its field', async (name, resultType, kind) => {
    const source = createSpecSkeleton(name)
    // Inside the repository, so the skeleton's `@b24kit/spec` import resolves.
    const dir = join(fileURLToPath(import.meta.url), '../../../../.tmp')
    await mkdir(dir, { recursive: true })
    const file = join(dir, `scaffold-${name}-${process.pid}.ts`)
    await writeFile(file, source)
    const { default: spec } = (await import(file)) as { default: unknown }
    await rm(file)
    const parsed = parseMethodSpec(`specs/${name}.ts`, spec)
    if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('\n'))
    expect(parsed.value.result.type).toBe(resultType)
    expect(parsed.value.operation.kind).toBe(kind)
    const shared = parseSharedSpecs('specs/shared/index.ts', sharedSpecs)
    if (!shared.ok) throw new Error('the shared specs do not parse')
    let issues: readonly SpecIssue[] = []
    try {
      validateSpecSet([{ file: `specs/${name}.ts`, spec: parsed.value }], shared.value)
    } catch (error) {
      issues = (error as SpecValidationError).issues
    }
    const todos = issues.filter((i) => i.expected === 'a text written for this method, not a TODO placeholder')
    // Every TODO of the source is one refused text, named by its field path.
    expect(todos.length).toBe(source.match(/'TODO/g)?.length)
    expect(todos.every((i) => /^[a-z]/.test(i.path) && i.received.startsWith('"TODO'))).toBe(true)
    expect(todos.map((i) => i.path)).toEqual(expect.arrayContaining(['summary.ru', 'summary.en', 'access.description.en']))
  })

  it('prints every flag of its table under --help, and its version', async () => {
    const out: string[] = []
    expect(
      await runNewMethod(
        ['--help'],
        (l) => out.push(l),
        () => {},
      ),
    ).toBe(0)
    for (const [flag, row] of Object.entries(newMethodFlags)) {
      expect(out.join('\n')).toContain(`--${flag}`)
      expect(out.join('\n')).toContain(row.meaning)
    }
    expect(out[0]).toMatch(/^usage: pnpm new-method <name> \[flags\]/)
    const version: string[] = []
    expect(
      await runNewMethod(
        ['--version'],
        (l) => version.push(l),
        () => {},
      ),
    ).toBe(0)
    expect(version).toEqual(['0.1.0'])
  })

  it('refuses an unknown flag naming it, and writes through --root', async () => {
    const err: string[] = []
    expect(
      await runNewMethod(
        ['--rot', root],
        () => {},
        (l) => err.push(l),
      ),
    ).toBe(2)
    expect(err).toEqual(["new-method: Unknown option '--rot'\nRun pnpm new-method --help for the flags."])
    expect(
      await runNewMethod(
        ['crm.quote.get', '--root', root],
        () => {},
        () => {},
      ),
    ).toBe(0)
    expect(await readFile(join(root, 'specs/crm.quote.get.ts'), 'utf8')).toContain("kind: 'get'")
  })

  it.each([['crm'], ['CRM.Quote.Delete'], ['crm..delete'], [undefined]])('refuses the bad name %s', async (name) => {
    await expect(writeNewMethod(root, name)).rejects.toThrow(/Expected a lower-case dotted method name/)
  })

  it('refuses an existing file and writes nothing', async () => {
    await writeFile(join(root, 'specs/crm.quote.delete.ts'), 'keep me')
    await expect(writeNewMethod(root, 'crm.quote.delete')).rejects.toThrow(ScaffoldError)
    await expect(writeNewMethod(root, 'crm.quote.delete')).rejects.toThrow('specs/crm.quote.delete.ts already exists')
    expect(await readFile(join(root, 'specs/crm.quote.delete.ts'), 'utf8')).toBe('keep me')
  })
})
