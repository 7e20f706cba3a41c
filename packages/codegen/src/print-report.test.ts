/** What `pnpm generate` prints: a line per emitter and a total, every file only with --verbose. */
import { describe, expect, it } from 'vitest'
import { createProgress, formatReport } from './print-report.js'
import type { GenerateReport } from './run-generator.js'

const file = (path: string) => ({ path, content: '' })

/** Two emitters sharing a folder (docs and openapi do), 2,000 methods, one written and one removed file. */
function makeReport(): GenerateReport {
  const files = [file('out/docs/a.md'), file('out/docs/b.md'), file('out/docs/openapi.json'), file('out/client/a.ts')]
  return {
    plan: { changed: [files[0] as GenerateReport['files'][number]], stale: ['out/docs/old.md'], unchanged: 3 },
    files,
    timings: [
      { name: 'load specs', ms: 12, files: 2000 },
      { name: 'client', ms: 1500, files: 1, cached: 2000 },
      { name: 'docs', ms: 30, files: 2, cached: 1999 },
      { name: 'openapi', ms: 4, files: 1 },
    ],
    methods: 2000,
    wrote: true,
    owners: new Map(files.map((f) => [f.path, f.path.endsWith('.json') ? 'openapi' : f.path.startsWith('out/docs') ? 'docs' : 'client'])),
    outputs: new Map([
      ['client', ['out/client']],
      ['docs', ['out/docs']],
      ['openapi', ['out/docs']],
    ]),
  }
}

describe('formatReport', () => {
  it('prints one line per emitter with written, removed, unchanged, time and cache hits, then a total', () => {
    expect(formatReport(makeReport(), { check: false, verbose: false, ms: 2100 })).toEqual([
      'b24kit generate: 2,000 method spec(s)',
      '  load specs       12 ms  2,000 spec(s)',
      '  client          1.50 s  written 0, removed 0, unchanged 1, 2,000 of 2,000 methods from cache',
      '  docs             30 ms  written 1, removed 1, unchanged 1, 1,999 of 2,000 methods from cache',
      '  openapi           4 ms  written 0, removed 0, unchanged 1',
      '  total           2.10 s  written 1, removed 1, unchanged 3',
    ])
  })

  it('lists every file with --verbose', () => {
    const lines = formatReport(makeReport(), { check: false, verbose: true })
    expect(lines.slice(6)).toEqual([
      '  wrote out/docs/a.md',
      '  removed out/docs/old.md',
      '  unchanged out/docs/b.md',
      '  unchanged out/docs/openapi.json',
      '  unchanged out/client/a.ts',
    ])
  })

  it('names every stale file in check mode, verbose or not', () => {
    const lines = formatReport(makeReport(), { check: true, verbose: false })
    expect(lines).toContain('  docs             30 ms  differ 1, stale 1, unchanged 1, 1,999 of 2,000 methods from cache')
    expect(lines.slice(-2)).toEqual([
      'stale: out/docs/a.md differs from what the specs produce',
      'stale: out/docs/old.md is not produced by any spec',
    ])
  })
})

describe('createProgress', () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = []
    return { written, stream: { isTTY, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream }
  }

  it('shows the step on a terminal once a run has taken a second, and clears it', () => {
    let now = 0
    const out = stream(true)
    const progress = createProgress(out.stream, () => now)
    progress.onStep('load specs')
    now = 1500
    progress.onStep('client')
    progress.done()
    expect(out.written).toEqual(['\r\x1b[2Kb24kit generate: client...', '\r\x1b[2K'])
  })

  it('prints nothing when the output is not a terminal', () => {
    let now = 0
    const out = stream(false)
    const progress = createProgress(out.stream, () => now)
    now = 5000
    progress.onStep('client')
    progress.done()
    expect(out.written).toEqual([])
  })
})
