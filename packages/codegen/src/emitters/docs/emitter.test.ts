import { describe, expect, it } from 'vitest'
import type { EmitContext } from '../../emitter.js'
import { docsEmitter } from './emitter.js'
import { sampleSpecSet } from './fixtures/sample-specs.js'
import { type IndexRow, patchIndexPage, renderIndexPage, summarizeIndexRow } from './index-page.js'
import { langs } from './labels.js'

const ctx: EmitContext = {
  specs: sampleSpecSet,
  emitTypeScript: () => {
    throw new Error('the docs emitter writes no TypeScript')
  },
  emitText: (path, body, source) => ({ path, content: `<!-- ${source} -->\n${body}` }),
}

describe('docsEmitter', () => {
  it('writes one page per method and an index in each language', async () => {
    const files = await docsEmitter({ outDir: 'out/docs/' }).emit(ctx)
    expect(files.map((f) => f.path)).toEqual([
      'out/docs/ru/crm-sample-delete.md',
      'out/docs/ru/crm-sample-find-one.md',
      'out/docs/ru/index.md',
      'out/docs/en/crm-sample-delete.md',
      'out/docs/en/crm-sample-find-one.md',
      'out/docs/en/index.md',
    ])
    expect(files[0]!.content.startsWith('<!-- specs/crm.sample.delete.ts -->\n# Удалить образец')).toBe(true)
  })

  it('owns only the language folders', () => {
    expect(docsEmitter({ outDir: 'out/docs' }).outputs).toEqual(['out/docs/ru', 'out/docs/en'])
  })
})

describe('renderIndexPage', () => {
  for (const lang of ['ru', 'en'] as const) {
    it(`lists every method by family with its state (${lang})`, async () => {
      const page = renderIndexPage(
        sampleSpecSet.methods.map((m) => summarizeIndexRow(m.spec)),
        sampleSpecSet.shared,
        lang,
      )
      await expect(page).toMatchFileSnapshot(`__snapshots__/index.${lang}.md`)
    })
  }
})

describe('patchIndexPage', () => {
  const rows = sampleSpecSet.methods.map((m) => summarizeIndexRow(m.spec))
  const [first, second] = rows as [IndexRow, IndexRow]

  it.each(langs)('replaces a changed method row in place: the same page as built whole (%s)', (lang) => {
    const after: IndexRow = { ...first, summary: { ru: 'Новое описание', en: 'A new summary' }, replacement: second.method }
    const patched = patchIndexPage(renderIndexPage(rows, sampleSpecSet.shared, lang), [{ before: first, after }], lang)
    expect(patched).toBe(renderIndexPage([after, ...rows.slice(1)], sampleSpecSet.shared, lang))
  })

  it('builds nothing when a method came (no row before) or its name changed (its row moves)', () => {
    const page = renderIndexPage(rows, sampleSpecSet.shared, 'en')
    expect(patchIndexPage(page, [{ before: undefined, after: first }], 'en')).toBeUndefined()
    expect(patchIndexPage(page, [{ before: first, after: { ...first, method: 'crm.sample.renamed' } }], 'en')).toBeUndefined()
  })
})
