/** The `@see` of a method's JSDoc is a link an editor opens, not text it reads as another tag. */
import ts from 'typescript'
import { expect, it } from 'vitest'
import { getSmallSpec } from './__fixtures__/small-specs.js'
import { defaultDocsUrl, methodDoc } from './docs.js'

it('prints @see as {@link https://...} to the English and Russian pages', () => {
  const doc = methodDoc(getSmallSpec('demo.item.delete'), defaultDocsUrl, (params) => `await f(client, ${params})`)
  const text = `/**\n * ${doc.description}\n${(doc.tags ?? []).map((t) => ` * @${t.tagName} ${t.text ?? ''}`).join('\n')}\n */\nfunction f() {}\n`
  const source = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true)
  const fn = source.statements[0] as ts.FunctionDeclaration
  const tags = ts.getJSDocTags(fn)
  expect(tags.map((t) => t.tagName.text).at(-1)).toBe('see')
  expect(tags.map((t) => t.tagName.text)).not.toContain('b24kit')
  const see = tags.at(-1)!
  const links = (Array.isArray(see.comment) ? see.comment : []).filter(ts.isJSDocLink)
  expect(links.map((l) => `${l.name ? l.name.getText(source) : ''}${l.text}`)).toEqual([
    'https://unpkg.com/@b24kit/docs/generated/en/demo-item-delete.md demo.item.delete (English)',
    'https://unpkg.com/@b24kit/docs/generated/ru/demo-item-delete.md demo.item.delete (Russian)',
  ])
})
