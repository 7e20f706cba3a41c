/**
 * The "Applications" guide, executed: its code is the same in both languages; the tokens example
 * type-checks and runs (a mock with a manual clock, so the token's hour passes at once), and the
 * events example runs under vitest as the test it shows.
 */
import { execFile } from 'node:child_process'
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { buildSite } from '../src/site.js'
import { readHeadings } from './parse-yfm.js'
import { packageDir, repoRoot } from './paths.js'

const run = promisify(execFile)
const workDir = join(packageDir, 'test-artifacts/guide')

async function readGuide(lang: 'ru' | 'en') {
  const page = await readFile(join(packageDir, 'guides', lang, 'applications.md'), 'utf8')
  return { page, blocks: [...page.matchAll(/```ts\n([\s\S]*?)\n```/g)].map((m) => m[1] ?? '') }
}

describe('the Applications guide', () => {
  it('has the same sections and the same code in Russian and English', async () => {
    const [ru, en] = [await readGuide('ru'), await readGuide('en')]
    expect(en.blocks).toHaveLength(2)
    expect(ru.blocks).toEqual(en.blocks)
    expect(readHeadings(ru.page).length).toBe(readHeadings(en.page).length)
    expect(readHeadings(en.page)).toEqual([
      '# Applications: tokens, refresh and events',
      '## Tokens',
      '## Events',
      '## The mock from the command line',
    ])
  })

  it('type-checks both examples and runs the tokens one: a call, an expired hour, one refresh', async () => {
    const { blocks } = await readGuide('en')
    await mkdir(workDir, { recursive: true })
    await writeFile(join(workDir, 'tokens.ts'), `${blocks[0]}\nexport {}\n`)
    await writeFile(join(workDir, 'events.test.ts'), `${blocks[1]}\n`)
    await writeFile(
      join(workDir, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../../../tsconfig.base.json',
        compilerOptions: { noEmit: true, types: ['node'] },
        files: ['tokens.ts', 'events.test.ts'],
      }),
    )
    await run(join(repoRoot, 'node_modules/.bin/tsc'), ['-p', join(workDir, 'tsconfig.json')], { cwd: packageDir })
    const { stdout } = await run(join(repoRoot, 'node_modules/.bin/tsx'), ['--conditions=source', join(workDir, 'tokens.ts')], {
      cwd: packageDir,
    })
    expect(stdout.trim().split('\n')).toEqual(['true', '51', '1'])
  })

  it('runs the events example under vitest', async () => {
    const { blocks } = await readGuide('en')
    await mkdir(workDir, { recursive: true })
    await writeFile(join(workDir, 'events.test.ts'), `${blocks[1]}\n`)
    const { stdout } = await run(
      join(repoRoot, 'node_modules/.bin/vitest'),
      ['run', '--root', workDir, '--config', join(packageDir, 'vitest.config.ts'), 'events.test.ts'],
      { cwd: packageDir },
    )
    expect(stdout).toMatch(/Tests\s+.*1 passed/)
  })

  it('joins the HTML site under <lang>/guides/, linking the event pages one folder over', async () => {
    const outDir = join(packageDir, 'test-artifacts/guide-site')
    // The guides and the one event page they link, not every method's page: the site build is
    // checked whole by the package's build, and this test must not grow with the methods.
    const generatedDir = join(packageDir, 'test-artifacts/guide-site-input')
    await rm(generatedDir, { recursive: true, force: true })
    for (const lang of ['en', 'ru'])
      await cp(
        join(packageDir, 'generated', lang, 'events/oncrmcontactdelete.md'),
        join(generatedDir, lang, 'events/oncrmcontactdelete.md'),
      )
    const report = await buildSite({ generatedDir, guidesDir: join(packageDir, 'guides'), outDir })
    expect(report.pages).toEqual(
      expect.arrayContaining(['en/guides/applications.html', 'ru/guides/applications.html', 'en/events/oncrmcontactdelete.html']),
    )
    const html = await readFile(join(outDir, 'en/guides/applications.html'), 'utf8')
    expect(html).toContain('href="../events/oncrmcontactdelete.html"')
    expect(html).toContain('href="../../_assets/yfm.css"')
  })
})
