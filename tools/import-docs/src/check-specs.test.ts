/** --check: every kind of difference is listed; kept ones are not reported again; stale records are. */
import { join } from 'node:path'
import type { MethodSpecInput } from '@b24kit/spec'
import { describe, expect, it } from 'vitest'
import { checkSpecs, compareSpec } from './check-specs.js'
import type { MethodFacts } from './facts.js'
import { createNameFilter, readDocs } from './read-docs.js'

const FIXTURES = join(import.meta.dirname, '__fixtures__')
const [outcome] = readDocs(
  { en: join(FIXTURES, 'checkout', 'en'), ru: join(FIXTURES, 'checkout', 'ru') },
  createNameFilter(['demo.widget.delete']),
)
const facts = outcome?.facts as MethodFacts
const { default: spec, docsDifferences } = (await import(join(FIXTURES, 'specs', 'demo.widget.delete.ts'))) as {
  default: MethodSpecInput
  docsDifferences: { path: string; docs: string; reason: string }[]
}

describe('compareSpec', () => {
  it('finds only the corrected text when the spec follows its page', () => {
    expect(compareSpec(spec, facts)).toEqual([
      { method: 'demo.widget.delete', path: 'errors[missingId].text', docs: 'Widget id is missing', spec: 'Widget id is missing.' },
    ])
  })

  it.each([
    [
      'a parameter added to the page',
      { params: [...facts.params, { name: 'force', type: 'boolean', required: false }] },
      { path: 'params.force', docs: 'boolean', spec: '(absent)' },
    ],
    [
      'a type changed',
      { params: [{ name: 'id', type: 'string', required: true }] },
      { path: 'params.id.type', docs: 'string', spec: 'integer' },
    ],
    [
      'an error row changed',
      {
        errors: facts.errors.map((e) =>
          e.code === 'WIDGET_NOT_FOUND' ? { ...e, text: { en: 'No such widget', ru: 'Виджет не найден' } } : e,
        ),
      },
      { path: 'errors[notFound].text.en', docs: 'No such widget', spec: 'Widget not found' },
    ],
    [
      'an error row added',
      { errors: [...facts.errors, { code: 'WIDGET_LOCKED', text: { en: 'Widget is locked' }, layout: '' }] },
      { path: 'errors[code WIDGET_LOCKED, text Widget is locked]', docs: 'present', spec: '(absent)' },
    ],
    [
      'a status given',
      { errors: facts.errors.map((e) => ({ ...e, status: 404 })) },
      { path: 'errors[notFound].status', docs: '404', spec: '400' },
    ],
    ['the method no longer deprecated', { deprecated: undefined }, { path: 'deprecated', docs: '(absent)', spec: 'demo.item.delete' }],
    [
      'another replacement',
      { deprecated: { replacement: 'demo.thing.delete' } },
      { path: 'deprecated.replacement', docs: 'demo.thing.delete', spec: 'demo.item.delete' },
    ],
    [
      'a related method added',
      { related: [...facts.related, 'demo.widget.list'] },
      { path: 'related.demo.widget.list', docs: 'present', spec: '(absent)' },
    ],
    ['another scope', { scope: 'widgets' }, { path: 'scope', docs: 'widgets', spec: 'demo' }],
  ])('lists %s', (_title, change, want) => {
    expect(compareSpec(spec, { ...facts, ...change } as MethodFacts)).toContainEqual({ method: 'demo.widget.delete', ...want })
  })

  it('pairs a row by its Russian text when the English differs and the code alone is ambiguous', () => {
    // Two spec rows share WIDGET_NOT_FOUND; the page lists one, worded otherwise in English only.
    const notFound = spec.errors?.find((e) => e.id === 'notFound') as NonNullable<MethodSpecInput['errors']>[number]
    const partNotFound = { ...notFound, id: 'partNotFound', text: { ru: 'Деталь не найдена', en: 'Part not found' } }
    const twoRows = { ...spec, errors: [...(spec.errors ?? []), partNotFound] }
    const page = {
      ...facts,
      errors: facts.errors.map((e) =>
        e.code === 'WIDGET_NOT_FOUND' ? { ...e, text: { en: 'No such widget', ru: 'Виджет не найден' } } : e,
      ),
    }
    const paths = compareSpec(twoRows, page).map((d) => `${d.path}: ${d.docs} / ${d.spec}`)
    expect(paths).toContain('errors[notFound].text.en: No such widget / Widget not found')
    expect(paths).toContain('errors[partNotFound]: (absent) / code WIDGET_NOT_FOUND, text Part not found')
    expect(paths.filter((p) => p.startsWith('errors[code WIDGET_NOT_FOUND'))).toEqual([])
  })

  it('says when the docs have no page for a spec', () => {
    expect(compareSpec(spec, undefined)).toEqual([
      { method: 'demo.widget.delete', path: 'method', docs: '(absent)', spec: 'demo.widget.delete' },
    ])
  })
})

describe('checkSpecs', () => {
  const factsByMethod = new Map([[facts.method, facts]])

  it('does not report a difference the spec keeps on purpose', () => {
    const result = checkSpecs([{ file: 'demo.widget.delete.ts', spec, kept: docsDifferences }], factsByMethod)
    expect(result.unexplained).toEqual([])
    expect(result.kept.map((k) => k.reason)).toEqual(['the server sends the text with a final period, as the sample answer shows'])
    expect(result.stale).toEqual([])
  })

  it('reports it again when the docs move, and the record as stale', () => {
    const moved = { ...facts, errors: facts.errors.map((e, i) => (i === 0 ? { ...e, text: { en: 'Widget ID missing' } } : e)) }
    const result = checkSpecs([{ file: 'demo.widget.delete.ts', spec, kept: docsDifferences }], new Map([[facts.method, moved]]))
    expect(result.unexplained.map((d) => d.path)).toEqual(['errors[missingId].text'])
    expect(result.stale.map((s) => s.path)).toEqual(['errors[missingId].text'])
  })
})
