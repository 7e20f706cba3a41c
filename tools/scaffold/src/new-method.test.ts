import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseMethodSpec } from '@b24kit/spec'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSpecSkeleton, ScaffoldError, writeNewMethod } from './new-method.js'

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

  it('writes a skeleton of the right shape, whose only gaps are its TODO texts', async () => {
    const source = createSpecSkeleton('crm.quote.delete')
    // Inside the repository, so the skeleton's `@b24kit/spec` import resolves.
    const dir = join(fileURLToPath(import.meta.url), '../../../../.tmp')
    await mkdir(dir, { recursive: true })
    const file = join(dir, `scaffold-skeleton-${process.pid}.ts`)
    await writeFile(file, source)
    const { default: spec } = (await import(file)) as { default: unknown }
    const parsed = parseMethodSpec('specs/crm.quote.delete.ts', spec)
    expect(parsed.ok ? [] : parsed.issues).toEqual([])
    expect(source.match(/TODO/g)?.length).toBeGreaterThan(5)
    await rm(file)
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
