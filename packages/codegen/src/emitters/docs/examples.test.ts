import type { MethodSpec } from '@b24kit/spec'
import { describe, expect, it } from 'vitest'
import { getClientPath, renderExamplesSection, spellParams } from './examples.js'
import { sampleDeleteSpec, sampleFindSpec, sampleSpecSet } from './fixtures/sample-specs.js'

const shared = sampleSpecSet.shared

describe('spellParams', () => {
  it.each([
    ['uses the first accepted spelling', sampleDeleteSpec, { id: 7 }, { ID: 7 }],
    ['keeps the name of a param without spellings', sampleFindSpec, { name: 'x' }, { name: 'x' }],
    ['keeps a key the spec does not declare', sampleFindSpec, { other: 1 }, { other: 1 }],
  ])('%s', (_title, spec, given, want) => {
    expect(spellParams(spec, given)).toEqual(want)
  })
})

describe('getClientPath', () => {
  it.each([
    ['crm.contact.delete', 'b24.crm.contact.delete'],
    ['crm.sample.find_one', 'b24.crm.sample.findOne'],
  ])('%s -> %s', (method, want) => {
    expect(getClientPath(method)).toBe(want)
  })
})

describe('renderExamplesSection', () => {
  it('renders the tabs of a flat example', async () => {
    await expect(renderExamplesSection({ spec: sampleDeleteSpec, lang: 'en', shared })).toMatchFileSnapshot(
      '__snapshots__/examples/flat.en.md',
    )
  })
  it('renders nested values and quotes in every language of the tabs', async () => {
    await expect(renderExamplesSection({ spec: sampleFindSpec, lang: 'ru', shared })).toMatchFileSnapshot(
      '__snapshots__/examples/nested.ru.md',
    )
  })
  it('quotes a single quote for the shell in the cURL tabs', () => {
    const section = renderExamplesSection({ spec: sampleFindSpec, lang: 'en', shared })
    expect(section).toContain(`-d '{"name":"O'\\''Neil"`)
  })
  it('renders a page the same whether the other language was rendered just before or not', () => {
    const render = (spec: MethodSpec, lang: 'ru' | 'en') => renderExamplesSection({ spec, lang, shared })
    // Fresh: another method in between, so nothing of the first page is reused.
    render(sampleDeleteSpec, 'ru')
    render(sampleFindSpec, 'en')
    const freshEn = render(sampleDeleteSpec, 'en')
    render(sampleFindSpec, 'ru')
    const freshRu = render(sampleDeleteSpec, 'ru')
    expect(render(sampleDeleteSpec, 'en')).toBe(freshEn)
    expect(render(sampleDeleteSpec, 'ru')).toBe(freshRu)
    expect(freshEn).toContain('test("crm.sample.delete: Delete sample 7", async () => {')
    expect(freshRu).toContain('test("crm.sample.delete: Удалить образец 7", async () => {')
  })
  it('grows the test tab fence for a title with a longer backtick run than its code, in one language only', () => {
    const [example] = sampleDeleteSpec.examples
    const spec: MethodSpec = {
      ...sampleDeleteSpec,
      examples: [{ ...example!, title: { ru: 'Удалить ````7````', en: 'Delete `7`' } }],
    }
    const ru = renderExamplesSection({ spec, lang: 'ru', shared })
    const en = renderExamplesSection({ spec, lang: 'en', shared })
    expect(ru).toContain('    `````ts\n')
    expect(ru).toContain('test("crm.sample.delete: Удалить ````7````", async () => {')
    expect(en).not.toContain('````ts')
    expect(en).toContain('test("crm.sample.delete: Delete `7`", async () => {')
  })
  it('names the test right when the seed holds the character that stands for the name', () => {
    const entities = shared.entities.map((e) => (e.name === 'sample' ? { ...e, seed: [{ ID: 7, NAME: 'Se\u0000ven' }] } : e))
    for (const lang of ['ru', 'en'] as const) {
      const section = renderExamplesSection({ spec: sampleDeleteSpec, lang, shared: { ...shared, entities } })
      const title = sampleDeleteSpec.examples[0]?.title as { ru: string; en: string }
      expect(section).toContain(`test(${JSON.stringify(`crm.sample.delete: ${title[lang]}`)}, async () => {`)
      expect(section).toContain("NAME: 'Se\u0000ven'")
    }
  })
})
