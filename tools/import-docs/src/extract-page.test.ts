/** One fixture page per known variation of the docs (our own words, in the docs' YFM format). */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractPage } from './extract-page.js'
import type { Lang, PageFacts } from './facts.js'

const PAGES = join(import.meta.dirname, '__fixtures__', 'pages')
const resolveLink = (_from: string, target: string) => target.replace(/^\.\//, '').replace(/\.md$/, '').replace(/-/g, '.')

/** Reads a fixture as if it lived at the file name its H1 method gives (or `asFile`), as pages do. */
function readFixture(name: string, lang: Lang = 'en', asFile?: string): PageFacts {
  const text = readFileSync(join(PAGES, name), 'utf8')
  const h1Method = /^# .* ([a-z]+\.[a-z.]+)$/m.exec(text)?.[1]
  const file = asFile ?? (h1Method ? `${h1Method.replace(/\./g, '-')}.md` : name)
  return extractPage(text, `api-reference/demo/${file}`, lang, resolveLink)
}

describe('required marker: the three spellings', () => {
  it.each([
    ['required-star.md', 'star'],
    ['required-sup-inside.md', 'sup-inside'],
    ['required-sup-after.md', 'sup-after'],
  ] as const)('%s reads `code` as required (%s), `label` as optional', (file, marker) => {
    const { params } = readFixture(file)
    expect(params).toEqual([
      { name: 'code', type: 'string', required: true, requiredMarker: marker },
      { name: 'label', type: 'string', required: false },
    ])
  })
})

describe('error tables: the nine header layouts', () => {
  it.each([
    ['errors-code-description-value.md', { code: 'WIDGET_BUSY', text: { en: 'Widget is busy' } }],
    ['errors-status-code-description-value.md', { code: 'WIDGET_BUSY', text: { en: 'Widget is busy' }, status: 409 }],
    // Code, description, status: the description paraphrases here too, but the status is given.
    ['errors-code-description-status.md', { code: 'WIDGET_BUSY', status: 409 }],
    ['errors-code-error-message-description.md', { code: 'WIDGET_BUSY', text: { en: 'Widget is busy' } }],
    ['errors-code-message-description.md', { code: 'WIDGET_BUSY', text: { en: 'Widget is busy' } }],
    ['errors-code-description-when.md', { code: 'WIDGET_BUSY', text: { en: 'Widget is busy' } }],
    ['errors-code-error-text-description.md', { code: 'WIDGET_BUSY', text: { en: 'Widget is busy' } }],
    ['errors-error-text-description.md', { code: '', text: { en: 'Widget is busy' } }],
    // Two columns: the description paraphrases, so there is no server text to take.
    ['errors-code-description.md', { code: 'WIDGET_BUSY' }],
  ])('%s', (file, want) => {
    const [row, ...rest] = readFixture(file).errors
    expect(rest).toEqual([])
    const { layout: _layout, ...fact } = row ?? { layout: '' }
    expect(fact).toEqual(want)
  })

  it('reads the Russian header spelled with a Latin C, and an empty code spelled out', () => {
    const { errors } = readFixture('errors-ru-latin-c.md', 'ru')
    expect(errors.map(({ code, text }) => ({ code, text }))).toEqual([
      { code: 'WIDGET_BUSY', text: { ru: 'Виджет занят' } },
      { code: '', text: { ru: 'Access denied' } },
    ])
    expect(errors[0]?.layout).toBe('код | сообщение об ошибке | описание')
  })
})

describe('cURL bodies', () => {
  it('reads a body built with shell substitution, noting the values that came from the shell', () => {
    const [example] = readFixture('curl-shell-substitution.md').examples
    expect(example?.params).toEqual({ id: 3, label: '__shell_substitution__', stamp: '__shell_substitution__' })
    expect(example?.notes).toContain('shell substitution in the body')
  })

  it('quotes an unquoted **put_...** placeholder, drops auth, and reads the name from a .json URL', () => {
    const facts = readFixture('curl-placeholder.md')
    expect(facts.examples[0]?.params).toEqual({ id: 3, shelfId: '**put_shelf_id_here**' })
    expect(facts.examples[0]?.notes).toEqual(['unquoted placeholder in the body', 'placeholder values (**put_...**)'])
    expect(facts.names.curl).toBe('demo.widget.move')
  })

  it('spells keys as the table does (`ID` in the body, `id` in the table)', () => {
    const facts = readFixture('curl-key-case.md')
    expect(facts.examples[0]?.params).toEqual({ id: 3 })
    expect(facts.variations).toContain('cURL key ID spelled id in the table')
  })

  it('reads a form-encoded body', () => {
    const [example] = readFixture('curl-form-body.md').examples
    expect(example?.params).toEqual({ id: '3', view: 'short' })
    expect(example?.notes).toEqual(['body is not JSON (form-encoded)'])
  })
})

describe('sample answers that are not JSON as printed', () => {
  it('mends a `// .. more items` comment', () => {
    const [example] = readFixture('answer-comments.md').examples
    expect(example).toBeUndefined()
    const facts = readFixture('answer-comments.md')
    expect(facts.variations).toContain('sample answer repaired: comments')
  })

  it('mends a missing comma', () => {
    const facts = readFixture('answer-missing-comma.md')
    expect(facts.variations).toEqual(['sample answer repaired: syntax (a missing comma or quote)'])
    expect(facts.examples).toEqual([])
  })
})

describe('method names', () => {
  it('takes the name from the cURL URL when the H1 has none', () => {
    const facts = readFixture('h1-missing.md', 'en', 'demo-widget-get.md')
    expect(facts.method).toBe('demo.widget.get')
    expect(facts.variations).toContain('H1 without a method name')
  })

  it('prefers the cURL URL over a misspelled H1, and says so', () => {
    const facts = readFixture('h1-misspelled.md', 'en', 'demo-widget-get.md')
    expect(facts.method).toBe('demo.widget.get')
    expect(facts.variations).toEqual(['H1 demo.wigdet.get differs from the cURL URL demo.widget.get', 'H1 demo.wigdet.get misspelled'])
  })
})

describe('nested tables, possible values, deprecation, related methods', () => {
  it('ties a nested table to the parameter that links to its anchor, and reads possible values', () => {
    const { params } = readFixture('nested-and-enum.md')
    expect(params).toEqual([
      {
        name: 'fields',
        type: 'object',
        required: true,
        requiredMarker: 'star',
        children: [
          { name: 'LABEL', type: 'string', required: true, requiredMarker: 'star' },
          { name: 'SIZE', type: 'integer', required: false },
        ],
      },
      { name: 'mode', type: 'string', required: false, enumValues: ['draft', 'live'] },
    ])
  })

  it('reads scope, access, the replacement of a deprecated method and the related methods', () => {
    const facts = readFixture('deprecated-related.md')
    expect(facts.scope).toBe('demo')
    expect(facts.access).toEqual({ permission: 'delete', entity: 'widget' })
    expect(facts.deprecated).toEqual({ replacement: 'demo.item.delete' })
    expect(facts.related).toEqual(['demo.widget.get', 'demo.widget.list'])
  })
})
