/**
 * Takes the facts of one method page in one language. The page is split into YFM tables and
 * Markdown, the Markdown into sections by heading; each fact is read from its section: the name
 * from the H1, the cURL URL and the file name; scope and access from the opening quote; parameters
 * and nested tables from "Method Parameters"; result, examples and errors from their sections.
 */
import type { Blockquote, Paragraph, RootContent } from 'mdast'
import { readCurl } from './curl.js'
import type { AnswerFact, ErrorFact, ExampleFact, Lang, PageFacts, ParamFact } from './facts.js'
import { parseLooseJson } from './loose-json.js'
import {
  findAll,
  findCodeBlocks,
  getText,
  methodFromFileName,
  parseMarkdown,
  type Section,
  sameMethodName,
  splitSections,
} from './markdown.js'
import { isNameTable, type ParamRow, readErrorRows, readParamRow } from './read-tables.js'
import { splitYfmTables, type YfmTable } from './yfm-tables.js'

const METHOD_NAME = /^[a-z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9_]*)+$/
const SECTION = {
  params: /^(method parameters|parameters|параметры метода|параметры)$/i,
  examples: /code examples|примеры кода|examples|примеры/i,
  response: /response handling|обработка ответа|returned data|возвращаемые данные/i,
  errors: /error handling|обработка ошибок|possible error|возможные ошибки|коды ошибок|error codes/i,
  related: /continue learning|продолжите изучение|see also|смотрите также/i,
}

/** Resolves a related page's link target to its method name (the caller may read the target's H1). */
export type ResolveLink = (fromPath: string, target: string) => string | undefined

/** Reads every fact of one page. `path` is relative to the checkout and names the page in reports. */
export function extractPage(page: string, path: string, lang: Lang, resolveLink: ResolveLink): PageFacts {
  const { text, tables } = splitYfmTables(page)
  const sections = splitSections(parseMarkdown(text))
  const variations: string[] = []
  const facts: PageFacts = {
    path,
    lang,
    names: { file: methodFromFileName(path) },
    params: [],
    errors: [],
    examples: [],
    related: [],
    variations,
  }

  const h1 = sections.find((s) => s.depth === 1)
  const h1Name = h1?.title.split(/\s+/).find((word) => METHOD_NAME.test(word))
  if (h1Name) facts.names.h1 = h1Name

  const intro = [...sections.filter((s) => s.depth <= 1).flatMap((s) => s.blocks)]
  readIntro(intro, facts)
  readDeprecation(page, facts, path, resolveLink)

  const tableOf = (block: RootContent): YfmTable | undefined => {
    if (block.type !== 'paragraph') return undefined
    const m = /^YFMTABLE(\d+)$/.exec(getText(block).trim())
    return m ? tables[Number(m[1])] : undefined
  }

  const paramSections = sections.filter((s) => SECTION.params.test(s.h2))
  facts.params = readParamTree(paramSections, tableOf)

  const examples = sections.filter((s) => SECTION.examples.test(s.h2)).flatMap((s) => s.blocks)
  const curl = readExamples(examples, variations)
  facts.examples = curl.examples

  const response = sections.filter((s) => SECTION.response.test(s.h2))
  const answer = readAnswer(response.flatMap((s) => s.blocks))
  if (answer && facts.examples[0]) facts.examples[0].answer = answer
  if (answer?.repaired?.length) variations.push(`sample answer repaired: ${answer.repaired.join(', ')}`)
  const resultRows = readParamTree(response, tableOf)
  const resultRow = resultRows.find((r) => r.name === 'result')
  if (resultRow) facts.result = { type: resultRow.type, fields: resultRow.children ?? [] }

  const errors = sections.filter((s) => SECTION.errors.test(s.h2))
  facts.errorSample = readAnswer(errors.flatMap((s) => s.blocks))
  for (const block of errors.flatMap((s) => s.blocks)) {
    const table = tableOf(block)
    if (table) facts.errors.push(...readErrorRows(table, lang))
  }
  const layouts = new Set(facts.errors.map((e: ErrorFact) => e.layout))
  for (const layout of layouts) variations.push(`error table: ${layout}`)

  const related = sections.filter((s) => SECTION.related.test(s.h2)).flatMap((s) => s.blocks)
  for (const block of related)
    for (const link of findAll(block, 'link')) {
      const name = /\.md(#|$)/.test(link.url) ? resolveLink(path, link.url) : undefined
      if (name && !facts.related.includes(name)) facts.related.push(name)
    }

  chooseMethodName(facts, curl.method)
  keyParamsLikeTable(facts)
  return facts
}

/** Scope and "who can call" from the quote under the title. */
function readIntro(blocks: RootContent[], facts: PageFacts): void {
  for (const quote of blocks.filter((b): b is Blockquote => b.type === 'blockquote')) {
    for (const para of quote.children.filter((c): c is Paragraph => c.type === 'paragraph')) {
      const text = getText(para)
      if (/scope|область/i.test(text) && !facts.scope) {
        const code = findAll(para, 'inlineCode')[0]
        if (code) facts.scope = code.value.trim()
      }
      const who = /(who can (execute|call|use)[^:]*|кто может [^:]*):\s*(.+)/i.exec(text)
      if (who) facts.access = readAccess(who[3] as string)
    }
  }
}

/** The permission and entity named by a "who can call" line, as far as its words say. */
function readAccess(text: string): PageFacts['access'] {
  const t = text.toLowerCase()
  const permission = /delet|удален/.test(t)
    ? 'delete'
    : /\b(add|creat)|добавлен|создан/.test(t)
      ? 'add'
      : /modif|edit|updat|chang|изменен|редактир/.test(t)
        ? 'update'
        : /\bread|view|чтени|просмотр/.test(t)
          ? 'read'
          : undefined
  const entity = /\b(?:for|on|to)\s+(?:the\s+)?([a-z]+?)s?\b(?:\s|$|\.)/.exec(t.replace(/"[^"]*"/g, ''))?.[1]
  const access: PageFacts['access'] = {}
  if (permission) access.permission = permission
  if (entity && permission) access.entity = entity
  return access
}

/** `{% note warning "DEPRECATED" %}` or a note saying the method is halted, with its replacement link. */
function readDeprecation(page: string, facts: PageFacts, path: string, resolveLink: ResolveLink): void {
  const note = /\{%\s*note[^%]*%\}([\s\S]*?)\{%\s*endnote\s*%\}/g
  for (const m of page.matchAll(note)) {
    const head = m[0].slice(0, m[0].indexOf('%}'))
    const body = m[1] as string
    if (
      !/deprecated|устарел/i.test(head) &&
      !/development of this method has been (halted|stopped)|развитие метода остановлено|метод устарел|is deprecated/i.test(body)
    )
      continue
    facts.deprecated = {}
    const link = /\[([^\]]*)\]\(([^)\s]+\.md)\)/.exec(body)
    const label = link?.[1]?.replace(/`/g, '').trim()
    const replacement = label && METHOD_NAME.test(label) ? label : link ? resolveLink(path, link[2] as string) : undefined
    if (replacement) facts.deprecated.replacement = replacement
    return
  }
}

/** Reads the name tables of some sections; a table under a heading a row links to (or names) nests under it. */
function readParamTree(sections: Section[], tableOf: (b: RootContent) => YfmTable | undefined): ParamFact[] {
  const top: ParamRow[] = []
  const all: ParamRow[] = []
  for (const section of sections) {
    for (const block of section.blocks) {
      const table = tableOf(block)
      if (!table || !isNameTable(table)) continue
      const rows = table.rows.map(readParamRow).filter((r): r is ParamRow => r !== undefined)
      const parent = section.depth > 2 ? findParent(all, section) : undefined
      if (parent) parent.children = [...(parent.children ?? []), ...rows]
      else if (top.length === 0 || section.depth <= 2) top.push(...rows)
      else continue
      all.push(...rows)
    }
  }
  return top.map(stripAnchors)
}

function findParent(rows: ParamRow[], section: Section): ParamRow | undefined {
  if (section.anchor) {
    const byAnchor = rows.find((r) => r.anchors.includes(section.anchor as string))
    if (byAnchor) return byAnchor
  }
  const words = section.title.split(/[\s`]+/)
  return rows.find((r) => words.includes(r.name))
}

function stripAnchors(row: ParamRow): ParamFact {
  const { anchors: _anchors, children, ...fact } = row
  return children ? { ...fact, children: children.map((c) => stripAnchors(c as ParamRow)) } : fact
}

/** The first cURL example (the webhook tab comes first on every page), and the method its URL names. */
function readExamples(blocks: RootContent[], variations: string[]): { examples: ExampleFact[]; method?: string } {
  const curl = findCodeBlocks(blocks).find(({ code }) => /(^|\s)curl\s/.test(code.value))
  if (!curl) return { examples: [] }
  const read = readCurl(curl.code.value)
  variations.push(...read.notes.map((n) => `cURL: ${n}`))
  const example: ExampleFact = { notes: read.notes }
  if (read.params) example.params = read.params
  return { examples: [example], method: read.method }
}

/** The JSON block after "HTTP Status: **N**" (or the first JSON block) of a section. */
function readAnswer(blocks: RootContent[]): AnswerFact | undefined {
  const codes = findCodeBlocks(blocks).filter(({ code }) => code.lang === 'json' || /^\s*[{[]/.test(code.value))
  const first = codes[0]
  if (!first) return undefined
  const parsed = parseLooseJson(first.code.value)
  if (!parsed) return { body: undefined, repaired: ['does not parse'] }
  const status = /(\d{3})/.exec(/http|статус|status/i.test(first.before) ? first.before : '')?.[1]
  const answer: AnswerFact = { body: parsed.value }
  if (status) answer.status = Number(status)
  if (parsed.repaired.length) answer.repaired = parsed.repaired
  return answer
}

/** The cURL URL is the server's spelling; the H1 and file name must agree with it. */
function chooseMethodName(facts: PageFacts, curl: string | undefined): void {
  if (curl && METHOD_NAME.test(curl)) facts.names.curl = curl
  const { h1, file } = facts.names
  if (!h1) facts.variations.push('H1 without a method name')
  if (h1 && curl && h1 !== curl) facts.variations.push(`H1 ${h1} differs from the cURL URL ${curl}`)
  if (h1 && !sameMethodName(h1, file) && (!curl || !sameMethodName(h1, curl))) facts.variations.push(`H1 ${h1} misspelled`)
  const candidates = [curl, h1].filter((n): n is string => n !== undefined && METHOD_NAME.test(n))
  const method = candidates.find((n) => sameMethodName(n, file)) ?? candidates[0]
  if (method) facts.method = method
}

/** cURL keys spelled in another case than the table (`ID` for `id`) take the table's spelling. */
function keyParamsLikeTable(facts: PageFacts): void {
  const names = new Map(facts.params.map((p) => [p.name.toLowerCase(), p.name]))
  for (const example of facts.examples) {
    if (!example.params) continue
    const keyed: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(example.params)) {
      const tableName = facts.params.some((p) => p.name === key) ? key : names.get(key.toLowerCase())
      if (tableName && tableName !== key) {
        example.notes.push(`key ${key} spelled ${tableName} in the table`)
        facts.variations.push(`cURL key ${key} spelled ${tableName} in the table`)
      }
      keyed[tableName ?? key] = value
    }
    example.params = keyed
  }
}
