/**
 * The docs emitter. Output tree, under `outDir`:
 *
 *   ru/index.md              every method by entity, with its deprecation state
 *   ru/<kebab-method>.md     one page per method (crm-contact-delete.md)
 *   ru/events/<event>.md     one page per event a method fires (oncrmcontactdelete.md)
 *   en/...                   the same in English
 */
import type { LoadedMethod } from '@b24kit/spec'
import { defineEmitter, type EmitContext, type Emitter, type GeneratedFile, type IndexChanges } from '../../emitter.js'
import { prepareIndexPatch } from '../../index-changes.js'
import { getPageFileName } from './context.js'
import { getEventPageFileName, renderEventPage } from './event-page.js'
import { type IndexRow, patchIndexPage, renderIndexPage, summarizeIndexRow } from './index-page.js'
import { type Lang, langs } from './labels.js'
import { renderMethodPage } from './page.js'

/** Options of the docs emitter. */
export interface DocsEmitterOptions {
  /** Folder the `ru/` and `en/` pages go to, relative to the repository root. */
  outDir: string
}

/** Past this many changed methods an index page is built whole: each costs a search of the page. */
const maxPatchedRows = 32

/** Creates the emitter that writes the Markdown pages (YFM, as the Bitrix24 docs) in both languages. */
export function docsEmitter(options: DocsEmitterOptions): Emitter {
  const outDir = options.outDir.replace(/\/+$/, '')
  const emitPage = (ctx: EmitContext, { file, spec }: LoadedMethod, lang: Lang): GeneratedFile[] => [
    ctx.emitText(`${outDir}/${lang}/${getPageFileName(spec.method)}`, renderMethodPage({ spec, lang, shared: ctx.specs.shared }), file),
    ...(spec.events ?? []).map((event) =>
      ctx.emitText(`${outDir}/${lang}/${getEventPageFileName(event.name)}`, renderEventPage(spec, event, lang), file),
    ),
  ]
  // What the index pages need of a method is cached with it, so they are built from the summaries.
  const summarizeMethod = (_ctx: EmitContext, { spec }: LoadedMethod): IndexRow => summarizeIndexRow(spec)
  // With few methods changed since the last run (none added or gone), their rows are replaced.
  const patchIndexPages = (summaries?: ReadonlyMap<string, unknown>, changes?: IndexChanges): GeneratedFile[] | undefined => {
    const pages: GeneratedFile[] = []
    for (const lang of langs) {
      const path = `${outDir}/${lang}/index.md`
      const patch = prepareIndexPatch<IndexRow>(path, summaries, changes, maxPatchedRows)
      const content = patch && patchIndexPage(patch.previous, patch.pairs, lang)
      if (content === undefined) return undefined
      pages.push({ path, content })
    }
    return pages
  }
  const emitIndexPages = (ctx: EmitContext, summaries?: ReadonlyMap<string, unknown>, changes?: IndexChanges): GeneratedFile[] => {
    const patched = patchIndexPages(summaries, changes)
    if (patched) return patched
    const { methods, shared } = ctx.specs
    const sources = methods.map((m) => m.file).join(', ')
    const rows = methods.map((m) => (summaries?.get(m.file) as IndexRow | undefined) ?? summarizeIndexRow(m.spec))
    return langs.map((lang) => ctx.emitText(`${outDir}/${lang}/index.md`, renderIndexPage(rows, shared, lang), sources))
  }
  return defineEmitter({
    name: 'docs',
    outputs: langs.map((lang) => `${outDir}/${lang}`),
    // A page depends on its spec, the shared specs and `outDir` only, so the core may cache it.
    cacheKey: JSON.stringify({ outDir }),
    emitMethod: (ctx, method) => langs.flatMap((lang) => emitPage(ctx, method, lang)),
    summarizeMethod,
    emitIndex: emitIndexPages,
    emit(ctx) {
      // A method's pages in both languages one after the other, as emitMethod renders them (the
      // second reuses the first's example tabs); the files keep their order: by language, then method.
      const pages = new Map(langs.map((lang) => [lang, [] as GeneratedFile[]]))
      for (const method of ctx.specs.methods) for (const lang of langs) pages.get(lang)?.push(...emitPage(ctx, method, lang))
      const index = emitIndexPages(ctx)
      return langs.flatMap((lang, i) => [...(pages.get(lang) ?? []), index[i] as GeneratedFile])
    },
  })
}
