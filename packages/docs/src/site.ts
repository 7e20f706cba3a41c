/**
 * Renders the generated Markdown pages with @diplodoc/transform (the renderer of the Bitrix24 docs)
 * into a small static site: one HTML page per Markdown page, the diplodoc runtime script and
 * stylesheet that make the tabs work, and a root page that opens the English method list.
 */
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import transform from '@diplodoc/transform'

/** Where the site is read from and written to. */
export interface BuildSiteOptions {
  /** The folder holding `ru/` and `en/` Markdown pages (and their `events/` pages). */
  generatedDir: string
  /** The folder holding the hand-written guides, `ru/` and `en/` (rendered under `<lang>/guides/`). */
  guidesDir?: string
  /** The folder the site is written to; it is emptied first. */
  outDir: string
}

/** What was built, for the build script's report and the tests. */
export interface BuildSiteReport {
  pages: string[]
  warnings: string[]
}

const languages = ['ru', 'en'] as const
const require = createRequire(import.meta.url)

/** The diplodoc runtime files: the script switches tabs, the stylesheet draws notes, tables and tabs. */
function getRuntimeFiles(): { script: string; style: string } {
  const transformDir = dirname(require.resolve('@diplodoc/transform/package.json'))
  return { script: join(transformDir, 'dist/js/yfm.min.js'), style: join(transformDir, 'dist/css/yfm.min.css') }
}

/** Removes the generated-file comment: diplodoc escapes raw HTML, so it would show as text. */
export function stripGeneratedHeader(markdown: string): string {
  return markdown.replace(/^<!--[^\n]*-->\n/, '')
}

/** Points links at pages of the site: `./x.md` becomes `./x.html`, anchors kept. */
export function rewriteMarkdownLinks(html: string): string {
  return html.replace(
    /href="((?!https?:)[^"#]*?)\.md(#[^"]*)?"/g,
    (_m, path: string, hash: string | undefined) => `href="${path}.html${hash ?? ''}"`,
  )
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')
}

function wrapPage(lang: string, title: string, body: string, prefix: string): string {
  const other = lang === 'ru' ? 'en' : 'ru'
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${prefix}_assets/yfm.css">
<style>body{font-family:system-ui,sans-serif;max-width:1180px;margin:0 auto;padding:16px 24px}nav{display:flex;gap:16px;margin-bottom:16px}.yfm table code{white-space:normal;overflow-wrap:anywhere}</style>
</head>
<body>
<nav><a href="${prefix}${lang}/index.html">${lang === 'ru' ? 'Все методы' : 'All methods'}</a><a href="${prefix}${other}/index.html" hreflang="${other}">${other === 'ru' ? 'Русский' : 'English'}</a></nav>
<main class="yfm">
${body}
</main>
<script src="${prefix}_assets/yfm.js"></script>
</body>
</html>
`
}

/** Renders one Markdown page to a full HTML document. */
export function renderHtmlPage(
  markdown: string,
  lang: string,
  path: string,
  prefix = '../',
): { html: string; title: string; warnings: string[] } {
  const { result, logs } = transform(stripGeneratedHeader(markdown), { lang: lang as 'ru' | 'en', path, needToSanitizeHtml: true })
  const title = /^# (.+)$/m.exec(markdown)?.[1] ?? path
  const warnings = [...logs.warn, ...logs.error].map((w) => `${path}: ${w}`)
  return { html: wrapPage(lang, title, rewriteMarkdownLinks(result.html), prefix), title, warnings }
}

/** Builds the whole site. */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteReport> {
  const { generatedDir, outDir } = options
  await rm(outDir, { recursive: true, force: true })
  await mkdir(join(outDir, '_assets'), { recursive: true })
  const runtime = getRuntimeFiles()
  await copyFile(runtime.script, join(outDir, '_assets/yfm.js'))
  await copyFile(runtime.style, join(outDir, '_assets/yfm.css'))
  const pages: string[] = []
  const warnings: string[] = []
  for (const lang of languages) {
    await mkdir(join(outDir, lang), { recursive: true })
    // Method pages, their event pages one folder down, and the guides.
    const folders = [
      { from: join(generatedDir, lang), to: lang },
      { from: join(generatedDir, lang, 'events'), to: `${lang}/events` },
      ...(options.guidesDir ? [{ from: join(options.guidesDir, lang), to: `${lang}/guides` }] : []),
    ]
    for (const { from, to } of folders) {
      const names = (await readdir(from).catch(() => [] as string[])).filter((n) => n.endsWith('.md')).sort()
      if (names.length > 0) await mkdir(join(outDir, to), { recursive: true })
      for (const name of names) {
        const markdown = await readFile(join(from, name), 'utf8')
        const prefix = '../'.repeat(to.split('/').length)
        const page = renderHtmlPage(markdown, lang, `${to}/${name}`, prefix)
        const target = `${to}/${name.replace(/\.md$/, '.html')}`
        await writeFile(join(outDir, target), page.html)
        pages.push(target)
        warnings.push(...page.warnings)
      }
    }
  }
  // The root opens the styled English method list, which links the Russian one.
  await writeFile(
    join(outDir, 'index.html'),
    `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=./en/index.html"><title>b24kit docs</title><link rel="icon" href="data:,"><link rel="canonical" href="./en/index.html"></head>\n<body>\n<p><a href="./en/index.html" hreflang="en">Bitrix24 REST API methods</a> · <a href="./ru/index.html" hreflang="ru">Методы REST API Битрикс24</a></p>\n</body>\n</html>\n`,
  )
  pages.push('index.html')
  return { pages, warnings }
}
