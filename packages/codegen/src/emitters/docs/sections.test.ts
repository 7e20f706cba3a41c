import { describe, expect, it } from 'vitest'
import { buildErrorBody, renderErrorsSection, renderErrorTable } from './errors.js'
import { sampleDeleteSpec, sampleFindSpec, sampleSpecSet } from './fixtures/sample-specs.js'
import { renderParamsSection, renderSources } from './params.js'
import { renderResponseSection } from './response.js'

const shared = sampleSpecSet.shared

describe('renderSources', () => {
  it.each([
    ['no source', [], undefined],
    ['one source', ['crm.a.list'], 'You can get the value with the method [`crm.a.list`](./crm-a-list.md)'],
    [
      'three sources',
      ['crm.a.list', 'crm.a.add', 'crm.a.get'],
      'You can get the value with the methods [`crm.a.list`](./crm-a-list.md), [`crm.a.add`](./crm-a-add.md) or [`crm.a.get`](./crm-a-get.md)',
    ],
  ])('%s', (_title, sources, want) => {
    expect(renderSources(sources, 'en')).toBe(want)
  })
})

describe('section golden files', () => {
  it('params table', async () => {
    await expect(renderParamsSection({ spec: sampleFindSpec, lang: 'ru', shared })).toMatchFileSnapshot(
      '__snapshots__/sections/params.ru.md',
    )
  })
  it('response with time', async () => {
    await expect(renderResponseSection({ spec: sampleDeleteSpec, lang: 'en', shared })).toMatchFileSnapshot(
      '__snapshots__/sections/response-time.en.md',
    )
  })
  it('response without time', async () => {
    await expect(renderResponseSection({ spec: sampleFindSpec, lang: 'en', shared })).toMatchFileSnapshot(
      '__snapshots__/sections/response-plain.en.md',
    )
  })
  it('errors', async () => {
    await expect(renderErrorsSection({ spec: sampleDeleteSpec, lang: 'ru', shared })).toMatchFileSnapshot(
      '__snapshots__/sections/errors.ru.md',
    )
  })
})

describe('errors', () => {
  it('prints a localized error text in the page language', () => {
    const row = sampleDeleteSpec.errors[2]!
    expect(buildErrorBody(row, 'ru')).toEqual({ error: 'ERROR_CORE', error_description: 'Не найден' })
    expect(buildErrorBody(row, 'en')).toEqual({ error: 'ERROR_CORE', error_description: 'Not found' })
  })
  it('shows an empty code as `-`', () => {
    expect(renderErrorTable([sampleDeleteSpec.errors[0]!], 'en')).toContain('|| 400 | `-` | `ID is not defined or invalid.` | Bad `id` ||')
  })
})
