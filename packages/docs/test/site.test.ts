import { describe, expect, it } from 'vitest'
import { renderHtmlPage, rewriteMarkdownLinks, stripGeneratedHeader } from '../src/site.js'

describe('rewriteMarkdownLinks', () => {
  it.each([
    ['a sibling page', '<a href="./crm-contact-add.md">', '<a href="./crm-contact-add.html">'],
    ['the other language with an anchor', '<a href="../en/x.md#time">', '<a href="../en/x.html#time">'],
    ['an external page stays', '<a href="https://a.b/c.md">', '<a href="https://a.b/c.md">'],
    ['an anchor stays', '<a href="#parametry">', '<a href="#parametry">'],
  ])('%s', (_title, given, want) => {
    expect(rewriteMarkdownLinks(given)).toBe(want)
  })
})

describe('renderHtmlPage', () => {
  it('drops the generated-file comment and renders tabs and notes', () => {
    const md =
      '<!-- generated -->\n# T x.y\n\n{% note warning "W" %}\n\nold\n\n{% endnote %}\n\n{% list tabs %}\n\n- A\n\n    a\n\n- B\n\n    b\n\n{% endlist %}\n'
    expect(stripGeneratedHeader(md).startsWith('# T x.y')).toBe(true)
    const page = renderHtmlPage(md, 'en', 'en/t.md')
    expect(page.title).toBe('T x.y')
    expect(page.html).not.toContain('generated')
    expect(page.html).toContain('yfm-note')
    expect(page.html).toContain('yfm-tabs')
    expect(page.html).toContain('<html lang="en">')
    expect(page.warnings).toEqual([])
  })
})
