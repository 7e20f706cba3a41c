/** Pairing the two languages: rows by position, names and codes compared, texts kept per language. */
import { describe, expect, it } from 'vitest'
import type { PageFacts } from './facts.js'
import { mergeLanguages } from './merge-languages.js'

function page(lang: 'en' | 'ru', change: Partial<PageFacts> = {}): PageFacts {
  return {
    path: 'api-reference/demo/demo-widget-get.md',
    lang,
    method: 'demo.widget.get',
    names: { file: 'demo.widget.get' },
    params: [{ name: 'id', type: 'integer', required: true }],
    errors: [{ code: 'WIDGET_NOT_FOUND', text: { [lang]: lang === 'en' ? 'Widget not found' : 'Виджет не найден' }, layout: '' }],
    examples: [],
    related: [],
    variations: [],
    ...change,
  }
}

describe('mergeLanguages', () => {
  it('keeps each language its server text and reports no mismatch when the tables agree', () => {
    const merged = mergeLanguages(page('en'), page('ru'))
    expect(merged?.errors[0]?.text).toEqual({ en: 'Widget not found', ru: 'Виджет не найден' })
    expect(merged?.mismatches).toEqual([])
  })

  it('names the rows where the languages disagree', () => {
    const ru = page('ru', {
      params: [
        { name: 'ID', type: 'string', required: false },
        { name: 'view', type: 'string', required: false },
      ],
    })
    expect(mergeLanguages(page('en'), ru)?.mismatches).toEqual([
      'params: en has 1 rows, ru 2',
      'params[0]: en id, ru ID',
      'params.id.required: en true, ru false',
      'params.id.type: en integer, ru string',
    ])
  })

  it('takes a page found in one language only, saying so', () => {
    expect(mergeLanguages(undefined, page('ru'))?.mismatches).toEqual(['no English page'])
    expect(mergeLanguages(undefined, undefined)).toBeUndefined()
  })
})
