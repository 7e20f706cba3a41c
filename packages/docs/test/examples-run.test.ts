/**
 * The examples of the generated crm.contact.delete page, executed: the cURL tabs run with real curl
 * against the b24kit-mock CLI (placeholders replaced by its address and credentials) and answer
 * what the page's response section shows; the TypeScript tab type-checks and runs against it; the
 * mock test tab runs under vitest (and crm.deal.contact.items.get's, whose seed holds bindings).
 */
import { execFile } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { type RunningMock, startMockCli } from './mock-cli.js'
import { readJsonBlocks, readSection, readTabs } from './parse-yfm.js'
import { packageDir, repoRoot } from './paths.js'

const run = promisify(execFile)
const pagePath = join(packageDir, 'generated/ru/crm-contact-delete.md')
const workDir = join(packageDir, 'test-artifacts/examples')
const tsx = join(repoRoot, 'node_modules/.bin/tsx')

let mock: RunningMock | undefined
afterEach(async () => {
  await mock?.stop()
  mock = undefined
})

/** Fills the page's placeholders with the running mock's address and credentials. */
function fillPlaceholders(code: string, m: RunningMock): string {
  return code
    .replaceAll('https://**put_your_bitrix24_address**', m.url)
    .replaceAll('**put_your_user_id_here**', String(m.userId))
    .replaceAll('**put_your_webbhook_here**', m.webhookCode)
    .replaceAll('**put_access_token_here**', m.accessToken)
}

async function readPage() {
  const page = await readFile(pagePath, 'utf8')
  const [success] = readJsonBlocks(readSection(page, '## Обработка ответа')) as [{ result: unknown; time: Record<string, unknown> }]
  return { tabs: readTabs(page), success }
}

describe('the cURL tabs of crm.contact.delete, run with curl against b24kit-mock', () => {
  for (const title of ['cURL (Webhook)', 'cURL (OAuth)']) {
    it(`${title} answers what the response section shows`, async () => {
      const { tabs, success } = await readPage()
      const tab = tabs.find((t) => t.title === title)
      expect(tab?.code).toMatch(/^curl -X POST/)
      mock = await startMockCli()
      const command = fillPlaceholders(tab!.code, mock)
      expect(command).not.toContain('**')
      // The tab is a shell command (line continuations, quoting): bash runs it as a reader would.
      const { stdout } = await run('bash', ['-c', `set -e\n${command.replace(/^curl /, 'curl -sS ')}`])
      const answer = JSON.parse(stdout) as { result: unknown; time: Record<string, unknown> }
      expect(answer.result).toEqual(success.result)
      for (const [key, value] of Object.entries(success.time)) expect(typeof answer.time[key], `time.${key}`).toBe(typeof value)
      expect(Object.keys(answer).sort()).toEqual(Object.keys(success).sort())
    })
  }
})

describe('the TypeScript tabs of crm.contact.delete', () => {
  it('type-checks and runs the @b24kit/client tab against b24kit-mock', async () => {
    const { tabs, success } = await readPage()
    const tab = tabs.find((t) => t.title === 'TypeScript (@b24kit/client)')!
    mock = await startMockCli()
    await mkdir(workDir, { recursive: true })
    const file = join(workDir, 'client-tab.ts')
    // The mock CLI speaks plain HTTP on loopback; the client refuses that unless told (the tab targets HTTPS portals).
    const code = fillPlaceholders(tab.code, mock).replace('createClient({\n', 'createClient({\n  allowInsecureLoopback: true,\n')
    expect(code).toContain('allowInsecureLoopback: true')
    await writeFile(file, `${code}\nexport {}\n`)
    await writeFile(
      join(workDir, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../../../tsconfig.base.json',
        compilerOptions: { noEmit: true, types: ['node'] },
        files: ['client-tab.ts'],
      }),
    )
    await run(join(repoRoot, 'node_modules/.bin/tsc'), ['-p', join(workDir, 'tsconfig.json')], { cwd: packageDir })
    const { stdout } = await run(tsx, ['--conditions=source', file], { cwd: packageDir })
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual(success.result)
  })

  // The seed page, and a relation whose tab seeds the owner's bindings beside its records.
  it.each(['ru/crm-contact-delete.md', 'en/crm-deal-contact-items-get.md'])(
    'runs the @b24kit/mock test tab of %s under vitest',
    async (page) => {
      const tabs = readTabs(await readFile(join(packageDir, 'generated', page), 'utf8'))
      const tab = tabs.find((t) => t.title === 'Test (@b24kit/mock)')!
      await mkdir(workDir, { recursive: true })
      await writeFile(join(workDir, 'mock-tab.test.ts'), tab.code)
      const { stdout } = await run(
        join(repoRoot, 'node_modules/.bin/vitest'),
        ['run', '--root', workDir, '--config', join(packageDir, 'vitest.config.ts'), 'mock-tab.test.ts'],
        {
          cwd: packageDir,
        },
      )
      expect(stdout).toMatch(/Tests\s+.*1 passed/)
    },
  )
})
