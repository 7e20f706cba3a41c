/** The command as a user runs it, on the fixture checkout and fixture specs (never the real docs). */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runImportDocs, UsageError } from './cli.js'

const FIXTURES = join(import.meta.dirname, '__fixtures__')
const OUT = join(import.meta.dirname, '..', '.tmp', 'cli-test')
const CHECKOUTS = ['--en', join(FIXTURES, 'checkout', 'en'), '--ru', join(FIXTURES, 'checkout', 'ru')]

async function run(...args: string[]): Promise<{ code: number; output: string }> {
  const lines: string[] = []
  const code = await runImportDocs(args, (text) => lines.push(text))
  return { code, output: lines.join('\n') }
}

afterAll(() => rmSync(OUT, { recursive: true, force: true }))

describe('pnpm import-docs', () => {
  it('--check passes when every difference is kept on purpose', async () => {
    const { code, output } = await run(...CHECKOUTS, '--check', '--specs', join(FIXTURES, 'specs'))
    expect(output).toBe('checked 1 specs: 0 unexplained differences, 1 kept on purpose, 0 stale records')
    expect(code).toBe(0)
  })

  it('--check fails on a drifted spec, naming the difference and the stale record', async () => {
    const { code, output } = await run(...CHECKOUTS, '--check', '--specs', join(FIXTURES, 'specs-drifted'))
    expect(code).toBe(1)
    expect(output.split('\n')).toEqual([
      'checked 1 specs: 2 unexplained differences, 0 kept on purpose, 1 stale records',
      'unexplained:',
      '  demo.widget.delete params.id.required: docs true, spec false',
      '  demo.widget.delete errors[missingId].text: docs Widget id is missing, spec Widget id is missing.',
      'stale:',
      '  demo.widget.delete errors[missingId].text: kept for docs Widget ID missing, but the docs no longer say that',
    ])
  })

  it('--check refuses a kept difference without a reason, naming the file and the field', async () => {
    await expect(run(...CHECKOUTS, '--check', '--specs', join(FIXTURES, 'specs-bad-record'))).rejects.toThrow(
      /specs-bad-record\/demo\.widget\.delete\.ts: docsDifferences\[0\]\.reason: expected a non-empty string, received undefined/,
    )
  })

  it('reports totals and each page, writes the report and the writable specs, keeping existing files', async () => {
    mkdirSync(OUT, { recursive: true })
    const report = join(OUT, 'report.md')
    const specs = join(OUT, 'specs')
    const first = await run(...CHECKOUTS, '--specs', join(FIXTURES, 'specs'), '--report', report, '--out', specs)
    expect(first.code).toBe(0)
    expect(first.output).toContain('Pages read: 5; method pages: 2.')
    expect(first.output).toContain('wrote 2 spec files')
    expect(readdirSync(specs).sort()).toEqual(['demo.widget.delete.ts', 'demo.widget.get.ts'])
    const text = readFileSync(report, 'utf8')
    expect(text).toContain('| 1 | event page |')
    expect(text).toContain('- `api-reference/demo/index.md`: skipped: index page')
    expect(text).toMatch(/- `api-reference\/demo\/demo-widget-delete.md` demo.widget.delete: imported, edits needed: errors\[0\].status/)
    const again = await run(...CHECKOUTS, '--specs', join(FIXTURES, 'specs'), '--out', specs)
    expect(again.output).toContain('wrote 0 spec files')
    expect(again.output).toContain('(2 existing files kept)')
  })

  it('--skipped lists the method pages without a committed spec, with the reason, and leaves out non-method pages', async () => {
    mkdirSync(OUT, { recursive: true })
    const file = join(OUT, 'SKIPPED.md')
    const { code, output } = await run(...CHECKOUTS, '--specs', join(FIXTURES, 'specs'), '--skipped', file)
    expect(code).toBe(0)
    expect(output).toContain(`wrote ${file}`)
    const text = readFileSync(file, 'utf8')
    expect(text).toMatch(
      /^Method pages read: 2; with a spec: 1; listed here: 1\. Not listed: 1 event pages, 1 index pages, 1 pages without a method name \(guides\)\.$/m,
    )
    expect(text).toMatch(
      /^\| `demo\.widget\.get` \| `api-reference\/demo\/demo-widget-get\.md` \| not landed yet: the facts import; our texts/m,
    )
    expect(text).not.toContain('demo.widget.delete`')
  })

  it('--only narrows to matching methods', async () => {
    const { output } = await run(...CHECKOUTS, '--only', 'demo.*.get', '--verbose')
    expect(output).toContain('Pages read: 1; method pages: 1.')
    expect(output).toContain('demo.widget.get: imported, edits needed')
  })

  it.each([
    [['--ru', 'x'], /--en is required/],
    [['--en', join(FIXTURES, 'pages'), '--ru', join(FIXTURES, 'pages')], /--en .*pages: no api-reference\/ folder there/],
    [[...CHECKOUTS, '--onyl', 'crm.*'], /Unknown option '--onyl'/],
  ])('refuses %j, naming the flag', async (args, message) => {
    await expect(run(...args)).rejects.toThrow(UsageError)
    await expect(run(...args)).rejects.toThrow(message)
  })

  it('prints help from the flag table', async () => {
    const { output } = await run('--help')
    expect(output).toContain('--only <value>')
    expect(output).toContain("methods to read, a name with * wildcards ('crm.deal.*') (default: every method)")
  })
})
