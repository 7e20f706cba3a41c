/**
 * Walks the two checkouts: lists `api-reference/` pages, pairs them by path, tells method pages
 * from the rest (indexes, guides, events, `outdated/`) and extracts each method page's facts.
 * Nothing here writes; the report and the writer take what it returns.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, posix } from 'node:path'
import { extractPage, type ResolveLink } from './extract-page.js'
import type { Lang, MethodFacts, PageFacts } from './facts.js'
import { mergeLanguages } from './merge-languages.js'

/** One page path and what came of it. */
export interface PageOutcome {
  path: string
  facts?: MethodFacts
  /** Why the page gives no method facts. */
  skipped?: string
}

/** The checkouts, keyed by language. */
export type Checkouts = Partial<Record<Lang, string>>

/** Every `.md` below `api-reference/`, as posix paths relative to the checkout, sorted. */
export function listPages(root: string): string[] {
  const found: string[] = []
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(root, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(child)
      else if (entry.name.endsWith('.md')) found.push(child)
    }
  }
  walk('api-reference')
  return found.sort()
}

/** Which pages to read: a test on method names, and a cheaper one on file names to read fewer pages. */
export interface PageFilter {
  method: (method: string) => boolean
  /** Gets the file's name without separators or case (`crmdealadd`); false skips the page unread. */
  file: (squashed: string) => boolean
}

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9*]/g, '')

/** Turns `--only 'crm.deal.*'` into a page filter (`*` is any run of characters). */
export function compileOnly(pattern: string | undefined): PageFilter | undefined {
  if (!pattern) return undefined
  const toRegExp = (p: string) =>
    new RegExp(
      `^${p
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
      'i',
    )
  const exact = toRegExp(pattern)
  const loose = toRegExp(squash(pattern))
  return { method: (m) => exact.test(m), file: (f) => loose.test(f) }
}

/** A page filter for a set of method names (what `--check` reads). */
export function createNameFilter(methods: Iterable<string>): PageFilter {
  const names = new Set(methods)
  const files = new Set([...names].map(squash))
  return { method: (m) => names.has(m), file: (f) => files.has(f) }
}

/** Why a path is no method page before it is read, or undefined when it may be one. */
function classifyPath(path: string): string | undefined {
  const base = posix.basename(path)
  if (base === 'index.md' || base === '_index.md') return 'index page'
  if (path.includes('/events/') || /^on-|^on[A-Z]/.test(base)) return 'event page'
  if (path.includes('/outdated/')) return 'in outdated/'
  return undefined
}

/** Reads the method pages of both checkouts whose method name passes `only`. */
export function readDocs(checkouts: Checkouts, only?: PageFilter, under = 'api-reference/'): PageOutcome[] {
  const langs = (['en', 'ru'] as const).filter((l) => checkouts[l])
  const paths = new Set<string>()
  for (const lang of langs) for (const p of listPages(checkouts[lang] as string)) if (p.startsWith(under)) paths.add(p)
  const h1Cache = new Map<string, string | undefined>()
  const h1Of = (lang: Lang, path: string) => {
    const key = `${lang}:${path}`
    if (!h1Cache.has(key)) h1Cache.set(key, checkouts[lang] ? readH1Method(join(checkouts[lang], path)) : undefined)
    return h1Cache.get(key)
  }
  // A linked page's H1 may lack the method name in one language only (the English crm-item-fields.md
  // says "Retrieve Fields of CRM Item"); the paths are shared, so the other language's H1 names it.
  const resolveFor =
    (lang: Lang): ResolveLink =>
    (from, target) => {
      const path = posix.normalize(posix.join(posix.dirname(from), target.split('#')[0] as string))
      return h1Of(lang, path) ?? h1Of(lang === 'en' ? 'ru' : 'en', path)
    }
  const outcomes: PageOutcome[] = []
  for (const path of [...paths].sort()) {
    if (only && !only.file(squash(posix.basename(path, '.md')))) continue
    const early = classifyPath(path)
    if (early) {
      outcomes.push({ path, skipped: early })
      continue
    }
    const pages: Partial<Record<Lang, PageFacts>> = {}
    for (const lang of langs) {
      const text = readIfExists(join(checkouts[lang] as string, path))
      if (text !== undefined) pages[lang] = extractPage(text, path, lang, resolveFor(lang))
    }
    const facts = mergeLanguages(pages.en, pages.ru)
    if (!facts) outcomes.push({ path, skipped: 'no method name (guide or overview page)' })
    else if (!only || only.method(facts.method)) outcomes.push({ path, facts })
  }
  return outcomes
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

/** The method name in a page's H1, for links from "Continue Learning"; cheap: only the first lines. */
function readH1Method(file: string): string | undefined {
  const text = readIfExists(file)
  const h1 = text?.split('\n', 5).find((l) => l.startsWith('# '))
  return h1?.split(/\s+/).find((w) => /^[a-z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9_]*)+$/.test(w))
}

/** The folder a page lives in, for grouping figures by family (`crm/deals`). */
export function getPageFolder(path: string): string {
  return dirname(path).replace(/^api-reference\//, '')
}
