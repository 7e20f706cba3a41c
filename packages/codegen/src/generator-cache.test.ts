import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import config from '../../../b24kit.config.js'
import { createWorkspace, removeWorkspace } from '../test/workspace.js'
import { hashText } from './file-hash.js'
import { getDefaultCacheDir, runGenerator } from './run-generator.js'

let root: string
beforeEach(async () => {
  root = await createWorkspace()
})
afterEach(async () => {
  await removeWorkspace(root)
})

/** Check mode trusts no cache: an empty plan means the disk holds exactly what the specs produce. */
async function expectUpToDate(): Promise<void> {
  const check = await runGenerator({ root, config, check: true })
  expect(check.plan.changed.map((f) => f.path)).toEqual([])
  expect(check.plan.stale).toEqual([])
}

const cachedOf = (report: Awaited<ReturnType<typeof runGenerator>>, name: string) => report.timings.find((t) => t.name === name)?.cached

describe('the generator caches', () => {
  it('reuse every unchanged method and re-emit an edited spec', async () => {
    const first = await runGenerator({ root, config })
    expect(cachedOf(first, 'client')).toBe(0)
    const again = await runGenerator({ root, config })
    expect(cachedOf(again, 'client')).toBe(again.methods)
    expect(again.plan.changed).toEqual([])

    const spec = join(root, 'specs/crm.contact.delete.ts')
    const source = await readFile(spec, 'utf8')
    expect(source).toContain("text: 'Access denied.'")
    await writeFile(spec, source.replace("text: 'Access denied.'", "text: 'Access denied to this contact.'"))
    const edited = await runGenerator({ root, config })
    // Every emitter of the config reuses the other methods: files, table rows, OpenAPI parts, cases.
    for (const emitter of config.emitters) expect(cachedOf(edited, emitter.name), emitter.name).toBe(edited.methods - 1)
    expect(edited.plan.changed.map((f) => f.path)).toContain('packages/client/src/generated/methods/crm-contact-delete.ts')
    const method = await readFile(join(root, 'packages/client/src/generated/methods/crm-contact-delete.ts'), 'utf8')
    expect(method).toContain('Access denied to this contact.')
    await expectUpToDate()
  })

  it('check a cached spec again when the other methods change: a related method that is gone', async () => {
    const specs = join(root, 'specs')
    const source = await readFile(join(specs, 'crm.contact.fields.ts'), 'utf8')
    await writeFile(join(specs, 'crm.zz.test.ts'), source.replaceAll('crm.contact.fields', 'crm.zz.test'))
    const get = join(specs, 'crm.contact.get.ts')
    await writeFile(get, (await readFile(get, 'utf8')).replace("'crm.contact.fields'],", "'crm.contact.fields', 'crm.zz.test'],"))
    await runGenerator({ root, config })
    // crm.contact.get comes from the spec cache now, checked; its related method goes away.
    await rm(join(specs, 'crm.zz.test.ts'))
    const error = await runGenerator({ root, config }).catch((e: unknown) => e)
    expect(String(error)).toMatch(/specs\/crm\.contact\.get\.ts.*related\[5\]/s)
  })

  it('take a spec again when a shared file it imports changes, and keep the specs that do not import it', async () => {
    await runGenerator({ root, config })
    const cacheFile = join(getDefaultCacheDir(root), 'specs.json')
    const lineOf = async (spec: string) =>
      (await readFile(cacheFile, 'utf8'))
        .split('\n')
        .filter((line) => line.startsWith(`[${JSON.stringify(join(root, spec))},`))
        .at(-1)
    const untouched = await lineOf('specs/crm.category.add.ts')
    const helper = join(root, 'specs/shared/docs-differences.ts')
    const edited = `${await readFile(helper, 'utf8')}\n// an edit\n`
    await writeFile(helper, edited)
    await runGenerator({ root, config })
    const newHash = hashText(edited)
    // Re-read and stored again with the helper's new hash; a spec that does not import it is kept as it was.
    expect(await lineOf('specs/crm.contact.delete.ts')).toContain(`${JSON.stringify(helper)}:"${newHash}"`)
    expect(untouched).toBeDefined()
    expect(untouched).not.toContain('docs-differences')
    expect(await lineOf('specs/crm.category.add.ts')).toBe(untouched)
  })

  it('patch no index past a method that went away or came, and patch one a method changed in', async () => {
    const specs = join(root, 'specs')
    const source = await readFile(join(specs, 'crm.contact.fields.ts'), 'utf8')
    await writeFile(join(specs, 'crm.zz.test.ts'), source.replaceAll('crm.contact.fields', 'crm.zz.test'))
    await runGenerator({ root, config })
    const openapi = join(root, 'packages/docs/generated/openapi.json')
    expect(await readFile(openapi, 'utf8')).toContain('"/crm.zz.test"')
    // Gone: its lines must leave the OpenAPI document, the mock's table and the client's index.
    await rm(join(specs, 'crm.zz.test.ts'))
    await runGenerator({ root, config })
    const docsIndex = join(root, 'packages/docs/generated/en/index.md')
    const casesIndex = join(root, 'tools/conformance/src/generated/index.ts')
    for (const file of [openapi, docsIndex, casesIndex]) expect(await readFile(file, 'utf8')).not.toMatch(/crm\.zz\.test|crmZzTest/)
    await expectUpToDate()
    // Back, then changed in a text only: the documents are patched, and equal what check mode assembles.
    await writeFile(join(specs, 'crm.zz.test.ts'), source.replaceAll('crm.contact.fields', 'crm.zz.test'))
    await runGenerator({ root, config })
    // In both languages: the docs' index pages are patched, Russian and English.
    const edited = source
      .replaceAll('crm.contact.fields', 'crm.zz.test')
      .replace("en: '", "en: 'Edited: ")
      .replace("ru: '", "ru: 'Правка: ")
    await writeFile(join(specs, 'crm.zz.test.ts'), edited)
    const report = await runGenerator({ root, config })
    expect(cachedOf(report, 'openapi')).toBe(report.methods - 1)
    expect(await readFile(openapi, 'utf8')).toContain('Edited: ')
    expect(await readFile(join(root, 'packages/docs/generated/ru/index.md'), 'utf8')).toContain('Правка: ')
    expect(await readFile(docsIndex, 'utf8')).toContain('Edited: ')
    expect(await readFile(casesIndex, 'utf8')).toContain('crmZzTestCases')
    await expectUpToDate()
  })

  it('hold hashes of the files, not their text: the disk holds the text', async () => {
    await runGenerator({ root, config })
    const method = await readFile(join(root, 'packages/client/src/generated/methods/crm-contact-delete.ts'), 'utf8')
    const cache = await readFile(join(getDefaultCacheDir(root), 'outputs-client.json'), 'utf8')
    expect(method).toContain('export function crmContactDelete(client')
    expect(cache).toContain('packages/client/src/generated/methods/crm-contact-delete.ts')
    expect(cache).not.toContain('export function crmContactDelete(client')
  })

  it('ignore a corrupted cache file and one whose content was edited', async () => {
    await runGenerator({ root, config })
    const dir = getDefaultCacheDir(root)
    const names = (await readdir(dir)).sort()
    expect(names).toEqual(expect.arrayContaining(['outputs-client.json', 'outputs-docs.json', 'specs.json']))
    // Valid JSON with a changed file text: the checksum must catch it.
    const client = join(dir, 'outputs-client.json')
    await writeFile(client, (await readFile(client, 'utf8')).replaceAll('crmContactDelete', 'crmContactRemoved'))
    const specs = join(dir, 'specs.json')
    await writeFile(specs, (await readFile(specs, 'utf8')).replaceAll('Access denied.', 'Tampered.'))
    const tampered = await runGenerator({ root, config })
    expect(tampered.plan.changed).toEqual([])
    await expectUpToDate()

    for (const name of names) await writeFile(join(dir, name), '{"format": truncated')
    const corrupted = await runGenerator({ root, config })
    expect(cachedOf(corrupted, 'client')).toBe(0)
    expect(corrupted.plan.changed).toEqual([])
    await expectUpToDate()
  })

  it('make a summary whose cached text was damaged again from its spec', async () => {
    await runGenerator({ root, config })
    const cache = join(getDefaultCacheDir(root), 'outputs-client.json')
    const text = await readFile(cache, 'utf8')
    // The client's summary of crm.contact.delete names its standalone function; its files' JSON does not.
    const line = text.split('\n').find((l) => l.includes('crm.contact.delete.ts') && l.includes('{@link crmContactDelete}'))
    expect(line).toBeDefined()
    await writeFile(cache, text.replace(line as string, (line as string).replace('{@link crmContactDelete}', '{@link crmContactGone}')))
    // Another spec edited, so the run reads the caches rather than finding everything up to date.
    const spec = join(root, 'specs/crm.contact.get.ts')
    await writeFile(spec, (await readFile(spec, 'utf8')).replace("en: '", "en: 'Edited: "))
    const edited = await runGenerator({ root, config })
    expect(cachedOf(edited, 'client')).toBe(edited.methods - 1)
    const index = await readFile(join(root, 'packages/client/src/generated/index.ts'), 'utf8')
    expect(index).toContain('{@link crmContactDelete}')
    expect(index).not.toContain('crmContactGone')
    await expectUpToDate()
  })

  it('are not used with cacheDir false, and check mode writes no cache', async () => {
    await runGenerator({ root, config, cacheDir: false })
    await expect(readdir(getDefaultCacheDir(root))).rejects.toThrow()
    await runGenerator({ root, config, check: true })
    await expect(readdir(getDefaultCacheDir(root))).rejects.toThrow()
  })
})
