/** The writer: facts of the fixture checkout's page -> a spec file; golden output, TODO markers, round trip. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { methodSpecSchema } from '@b24kit/spec'
import { describe, expect, it } from 'vitest'
import { extractPage } from './extract-page.js'
import type { MethodFacts } from './facts.js'
import { mapFactsToSpec } from './map-facts.js'
import { printLiteral, printSpecFile } from './print-spec.js'
import { createNameFilter, readDocs } from './read-docs.js'

/** A fixture page under __fixtures__/pages, read as the English page of its H1 method. */
function readPage(name: string) {
  const text = readFileSync(join(import.meta.dirname, '__fixtures__', 'pages', name), 'utf8')
  return extractPage(text, 'api-reference/demo/demo-coin-get.md', 'en', (_from, target) => target)
}

const CHECKOUT = join(import.meta.dirname, '__fixtures__', 'checkout')

function readDeletePage(): MethodFacts {
  const [outcome] = readDocs({ en: join(CHECKOUT, 'en'), ru: join(CHECKOUT, 'ru') }, createNameFilter(['demo.widget.delete']))
  if (!outcome?.facts) throw new Error('the fixture page gave no facts')
  return outcome.facts
}

/** Every localized text that still starts with TODO, by field path (what validation will refuse). */
function findTodoPaths(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return []
  const entries = Object.entries(value)
  if (entries.length === 2 && typeof (value as { en?: unknown }).en === 'string' && String((value as { en: string }).en).startsWith('TODO'))
    return [path]
  return entries.flatMap(([k, v]) => findTodoPaths(v, path ? `${path}.${k}` : k))
}

describe('the spec writer', () => {
  const facts = readDeletePage()
  const mapped = mapFactsToSpec(facts, new Set(['widget']))

  it('writes the facts and only TODO markers for prose, and the model accepts the shape', () => {
    expect(methodSpecSchema.safeParse(mapped.spec).success).toBe(true)
    expect(findTodoPaths(mapped.spec)).toEqual([
      'summary',
      'description',
      'access.description',
      'params.0.description',
      'result.description',
      'errors.0.when',
      'errors.1.when',
      'errors.2.when',
      'examples.0.title',
      'deprecated.note',
    ])
    expect(mapped.spec.errors?.map((e) => [e.id, e.code, e.text])).toEqual([
      ['widgetIdIsMissing', '', 'Widget id is missing'],
      ['accessDenied', '', 'Access denied'],
      ['widgetNotFound', 'WIDGET_NOT_FOUND', { ru: 'Виджет не найден', en: 'Widget not found' }],
    ])
    expect(mapped.spec.examples[0]).toMatchObject({ params: { id: 7 }, result: true, time: { start: 1700000000.5, finish: 1700000000.75 } })
    expect(mapped.spec.operation).toEqual({ kind: 'delete', entity: 'widget', by: 'id', cascade: false, notFound: 'widgetNotFound' })
  })

  it('lists the facts a person must still fill or confirm', () => {
    expect(mapped.edits).toEqual([
      'errors[0].status (not given; 400 as in the sample error answer)',
      'errors[1].status (not given; 400 as in the sample error answer)',
      'errors[2].status (not given; 400 as in the sample error answer)',
      'operation.cascade (false until someone reads what the page says goes with the record)',
    ])
  })

  it('says which entity is missing from the shared specs', () => {
    expect(mapFactsToSpec(facts, new Set()).edits[0]).toBe('access.entity (declare the entity `widget` in specs/shared/entities.ts)')
  })

  it('prints a spec file that evaluates back to the same spec', async () => {
    const source = printSpecFile(mapped.spec, facts.path, mapped.edits)
    await expect(source).toMatchFileSnapshot('__snapshots__/demo.widget.delete.ts.txt')
    const literal = source.slice(source.indexOf('defineMethod(') + 'defineMethod('.length, source.lastIndexOf(')'))
    expect(new Function(`return (${literal})`)()).toEqual(mapped.spec)
  })

  it('keeps lines within the formatter width and quotes what needs quoting', () => {
    expect(printLiteral({ '>=ID': 1, it: "it's", both: `it's "x"` })).toBe(`{ '>=ID': 1, it: "it's", both: 'it\\'s "x"' }`)
    const long = printLiteral({ list: Array.from({ length: 30 }, (_, i) => `field_${i}`) })
    expect(long.split('\n').every((line) => line.length <= 140)).toBe(true)
  })
})

describe('what the model holds since relations, example-backed answers and nested shapes', () => {
  const base = readDeletePage()
  const entities = new Set(['deal', 'contact'])

  // The fixture page's access names the entity `widget` and its not-found row `widgetNotFound`.
  it('a verb with no record operation is answered from the examples, and says so', () => {
    const mapped = mapFactsToSpec({ ...base, method: 'crm.deal.pin' } as MethodFacts, entities)
    expect(mapped.spec.operation).toEqual({ kind: 'example', entity: 'widget' })
    expect(mapped.edits).toContain('operation (example-backed: model the effect if `pin` changes records)')
    expect(mapped.missing.filter((m) => m.blocking)).toEqual([])
  })

  it('a nested table becomes the properties of an object, or of each element of a list', () => {
    const child = { name: 'CONTACT_ID', type: 'integer', required: true }
    const params = [
      { name: 'id', type: 'integer', required: true },
      { name: 'items', type: 'object[]', required: true, children: [child] },
      { name: 'filter', type: 'object', required: false, children: [{ name: 'LABEL', type: 'string', required: false }] },
    ]
    const mapped = mapFactsToSpec({ ...base, method: 'crm.deal.contact.items.set', params } as MethodFacts, entities)
    const [, items, filter] = mapped.spec.params
    expect(items).toMatchObject({
      type: 'array',
      items: { type: 'object', properties: [{ name: 'CONTACT_ID', type: 'integer', required: true }] },
    })
    expect(filter).toMatchObject({ type: 'object', properties: [{ name: 'LABEL', type: 'string', required: false }] })
    expect(mapped.missing.filter((m) => m.blocking)).toEqual([])
  })

  it.each([
    ['crm.deal.contact.items.get', { action: 'get' }],
    ['crm.deal.contact.items.set', { action: 'set', items: 'items' }],
    ['crm.deal.contact.items.delete', { action: 'clear' }],
    ['crm.deal.contact.add', { action: 'add', items: 'fields' }],
    ['crm.deal.contact.delete', { action: 'delete', items: 'fields' }],
  ])('%s is a relation between two declared entities', (method, want) => {
    const params = [
      { name: 'id', type: 'integer', required: true },
      { name: 'items', type: 'object[]', required: true },
      { name: 'fields', type: 'object', required: true },
    ]
    const mapped = mapFactsToSpec({ ...base, method, params } as MethodFacts, entities)
    expect(mapped.spec.operation).toEqual({
      kind: 'relation',
      entity: 'deal',
      target: 'contact',
      by: 'id',
      notFound: 'widgetNotFound',
      ...want,
    })
  })

  it("a binding's own fields method is example-backed, not the owner's fields", () => {
    expect(mapFactsToSpec({ ...base, method: 'crm.deal.contact.fields' } as MethodFacts, entities).spec.operation).toEqual({
      kind: 'example',
      entity: 'widget',
    })
  })
})

describe('docs types that name a field of another record', () => {
  it('reads `crm_currency.CURRENCY` (a currency code) as a string, in parameters and results', () => {
    const page = readPage('type-field-reference.md')
    expect(page.params.map((p) => [p.name, p.type])).toEqual([['id', 'crm_currency.CURRENCY']])
    const mapped = mapFactsToSpec({ ...readDeletePage(), params: page.params, result: page.result } as MethodFacts, new Set(['widget']))
    expect(mapped.spec.params.map((p) => [p.name, p.type])).toEqual([['id', 'string']])
    expect(mapped.spec.result.type).toBe('string')
    expect(mapped.missing.filter((m) => m.blocking)).toEqual([])
  })
})

describe('methods the model cannot hold yet', () => {
  const base = readDeletePage()
  it.each([
    [
      'a type the model has no name for',
      { params: [{ name: 'file', type: 'attached_diskfile', required: true }] },
      'param type `attached_diskfile` (params.file)',
    ],
  ])('%s', (_title, change, feature) => {
    const mapped = mapFactsToSpec({ ...base, ...change } as MethodFacts, new Set(['widget']))
    expect(mapped.missing).toContainEqual({ feature, blocking: true })
  })

  it('takes a camelCase method name now that the model holds them (crm.activity.todo.updateDeadline)', () => {
    const mapped = mapFactsToSpec({ ...base, method: 'demo.widget.batchDelete' } as MethodFacts, new Set(['widget']))
    expect(mapped.missing.map((m) => m.feature).filter((f) => f.startsWith('method names with capitals'))).toEqual([])
    expect(mapped.spec.method).toBe('demo.widget.batchDelete')
  })
})
