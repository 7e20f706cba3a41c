import { describe, expect, it } from 'vitest'
import { sampleDeleteSpec, sampleFindSpec, sampleSpecSet } from './fixtures/sample-specs.js'
import { langs } from './labels.js'
import { renderMethodPage } from './page.js'

const shared = sampleSpecSet.shared

describe('renderMethodPage', () => {
  for (const lang of langs) {
    it(`renders the deprecated fixture page in ${lang}`, async () => {
      await expect(renderMethodPage({ spec: sampleDeleteSpec, lang, shared })).toMatchFileSnapshot(
        `__snapshots__/page/crm-sample-delete.${lang}.md`,
      )
    })
    it(`renders the plain fixture page in ${lang}`, async () => {
      await expect(renderMethodPage({ spec: sampleFindSpec, lang, shared })).toMatchFileSnapshot(
        `__snapshots__/page/crm-sample-find-one.${lang}.md`,
      )
    })
  }

  it('shows the deprecation as a warning note only when the spec has one', () => {
    expect(renderMethodPage({ spec: sampleDeleteSpec, lang: 'en', shared })).toContain(
      '{% note warning "Deprecated method" %}\n\nDeprecated.',
    )
    expect(renderMethodPage({ spec: sampleFindSpec, lang: 'en', shared })).not.toContain('{% note')
  })

  it('puts the sections in the order of the Bitrix24 pages', () => {
    const page = renderMethodPage({ spec: sampleDeleteSpec, lang: 'ru', shared })
    const headings = page.split('\n').filter((l) => /^#+ /.test(l))
    expect(headings).toEqual([
      '# Удалить образец crm.sample.delete',
      '## Параметры метода',
      '## Примеры кода',
      '## Обработка ответа',
      '### Возвращаемые данные',
      '## Обработка ошибок',
      '### Возможные коды ошибок',
      '### Системные ошибки',
      '## Продолжите изучение',
    ])
  })
})
