import { describe, expect, it } from 'vitest'
import type { PageResult } from './build-report.js'
import { printSkippedList } from './skipped-list.js'

const results: PageResult[] = [
  { path: 'api-reference/demo/index.md', status: 'skipped', notes: ['index page'] },
  { path: 'api-reference/demo/demo-a-get.md', method: 'demo.a.get', status: 'edits', notes: ['errors[0].status (not given)'] },
  { path: 'api-reference/demo/demo-b-get.md', method: 'demo.b.get', status: 'edits', notes: [] },
  { path: 'api-reference/demo/demo-c-get.md', method: 'demo.c.get', status: 'skipped', notes: ['model lacks: param type `LayoutDto`'] },
]

describe('printSkippedList', () => {
  it("lists each method page without a spec, an engineer's reason before the drafted one", () => {
    const text = printSkippedList(results, new Set(['demo.b.get']), '--under api-reference/demo', {
      'demo.a.get': 'waits for a fix of ours',
    })
    expect(text).toContain('Method pages read: 3; with a spec: 1; listed here: 2. Not listed: 1 index pages.')
    expect(text).toContain('| `demo.a.get` | `api-reference/demo/demo-a-get.md` | waits for a fix of ours |')
    expect(text).toContain(
      '| `demo.c.get` | `api-reference/demo/demo-c-get.md` | the importer skips it: model lacks: param type `LayoutDto` |',
    )
    expect(text).not.toContain('demo.b.get')
  })
})
