/**
 * The docs emitter. Output tree, under `outDir`:
 *
 *   ru/index.md              every method by entity, with its deprecation state
 *   ru/<kebab-method>.md     one page per method (crm-contact-delete.md)
 *   en/...                   the same in English
 */
import { defineEmitter, type Emitter, type GeneratedFile } from '../../emitter.js'
import { getPageFileName } from './context.js'
import { renderIndexPage } from './index-page.js'
import { langs } from './labels.js'
import { renderMethodPage } from './page.js'

/** Options of the docs emitter. */
export interface DocsEmitterOptions {
  /** Folder the `ru/` and `en/` pages go to, relative to the repository root. */
  outDir: string
}

/** Creates the emitter that writes the Markdown pages (YFM, as the Bitrix24 docs) in both languages. */
export function docsEmitter(options: DocsEmitterOptions): Emitter {
  const outDir = options.outDir.replace(/\/+$/, '')
  return defineEmitter({
    name: 'docs',
    outputs: langs.map((lang) => `${outDir}/${lang}`),
    emit(ctx) {
      const files: GeneratedFile[] = []
      const { methods, shared } = ctx.specs
      for (const lang of langs) {
        for (const { file, spec } of methods) {
          files.push(ctx.emitText(`${outDir}/${lang}/${getPageFileName(spec.method)}`, renderMethodPage({ spec, lang, shared }), file))
        }
        const sources = methods.map((m) => m.file).join(', ')
        files.push(
          ctx.emitText(
            `${outDir}/${lang}/index.md`,
            renderIndexPage(
              methods.map((m) => m.spec),
              shared,
              lang,
            ),
            sources,
          ),
        )
      }
      return files
    },
  })
}
