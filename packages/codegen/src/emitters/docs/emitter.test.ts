import { describe, expect, it } from 'vitest'
import type { EmitContext } from '../../emitter.js'
import { docsEmitter } from './emitter.js'
import { sampleSpecSet } from './fixtures/sample-specs.js'
import { renderIndexPage, summarizeIndexRow } from './index-page.js'

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
