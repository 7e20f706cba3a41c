/**
 * `b24kit` in a project, against a real mock portal over loopback HTTP: init, pull (with the
 * changes since the last pull, dry runs and no secret anywhere), generate and its --check, and
 * entries refused with their file, line, field and value. The project sits inside this package's
 * folder so its imports (`@b24kit/spec`) resolve as an installed project's do.
 */
import { spawn } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createMockPortal, type MockServer, startMockServer } from '@b24kit/mock'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runProjectCli } from './cli.js'
import { loadMockTable } from './load-project.js'

let server: MockServer
let dir: string
const code = 'pullsecret42'

async function call(method: string, params: object): Promise<{ result?: unknown; error?: string }> {
  const response = await fetch(`${server.url}/rest/1/${code}/${method}.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
  })
  return (await response.json()) as { result?: unknown; error?: string }
}

async function run(...argv: string[]) {
  let out = ''
  let err = ''
  const status = await runProjectCli(argv, { out: (s) => (out += s), err: (s) => (err += s), cwd: dir })
  return { status, out, err }
}

async function readTree(root: string): Promise<string> {
  const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter(
    (e) => e.isFile() && !e.parentPath.includes('node_modules'),
  )
  const texts = await Promise.all(files.map((e) => readFile(join(e.parentPath, e.name), 'utf8')))
  return texts.join('\n')
}

beforeAll(async () => {
  server = await startMockServer({ port: 0, webhooks: [{ userId: 1, code }] })
  await mkdir(join(import.meta.dirname, '../../.tmp'), { recursive: true })
  dir = await mkdtemp(join(import.meta.dirname, '../../.tmp/project-'))
  await writeFile(join(dir, 'package.json'), '{ "name": "portal-app", "private": true, "type": "module" }\n')
  expect(
    (await call('crm.contact.userfield.add', { fields: { FIELD_NAME: 'RATING', USER_TYPE_ID: 'double', LABEL: 'Rating' } })).error,
  ).toBeUndefined()
  const kind = await call('crm.contact.userfield.add', {
    fields: { FIELD_NAME: 'TIER', USER_TYPE_ID: 'enumeration', LIST: [{ VALUE: 'Gold' }, { VALUE: 'Silver' }] },
  })
  expect(kind.error).toBeUndefined()
  await call('crm.contact.userfield.add', { fields: { FIELD_NAME: 'TAGS', USER_TYPE_ID: 'string', MULTIPLE: 'Y' } })
  expect((await call('crm.type.add', { fields: { title: 'Parcels' } })).error).toBeUndefined()
})
afterAll(async () => {
  await server.close()
  await rm(dir, { recursive: true, force: true })
})

describe('b24kit init', () => {
  it('writes the config and specs/, and refuses to overwrite them', async () => {
    expect(await run('init')).toMatchObject({ status: 0 })
    expect(await readFile(join(dir, 'b24kit.config.ts'), 'utf8')).toContain("defineProjectConfig({ specs: 'specs', out: 'src/b24' })")
    const again = await run('init')
    expect(again.status).toBe(2)
    expect(again.err).toContain('b24kit.config.ts exists already; nothing was written')
  })
})

describe('b24kit pull', () => {
  it('writes the portal custom fields and smart processes as entries, and no secret', async () => {
    const first = await run('pull', '--webhook', `${server.webhookUrl}`)
    expect(first.err).toBe('')
    expect(first.status).toBe(0)
    expect(first.out).toContain('+ contact field UF_CRM_RATING (double)')
    expect(first.out).toMatch(/\+ smart process \d+ "Parcels"/)
    const contact = await readFile(join(dir, 'specs/portal/contact-fields.ts'), 'utf8')
    expect(contact).toContain("name: 'UF_CRM_TIER'")
    expect(contact).toMatch(/items: \[\s*\{ id: \d+, value: 'Gold' \}/)
    expect(`${first.out}${await readTree(dir)}`).not.toContain(code)
  })

  it('prints what changed since the last pull; --dry-run writes nothing', async () => {
    await call('crm.contact.userfield.add', { fields: { FIELD_NAME: 'SCORE', USER_TYPE_ID: 'integer' } })
    const before = await readTree(dir)
    const dry = await run('pull', '--webhook', server.webhookUrl, '--dry-run')
    expect(dry.out).toContain('+ contact field UF_CRM_SCORE (integer)')
    expect(await readTree(dir)).toBe(before)
    const again = await run('pull', '--webhook', server.webhookUrl)
    expect(again.out).toContain('1 change(s) since the last pull')
    expect((await run('pull', '--webhook', server.webhookUrl)).out).toContain('nothing changed since the last pull')
  })

  it('keeps the code out of a failure', async () => {
    const failed = await run('pull', '--webhook', `${server.url}/rest/1/wrongcode77/`)
    expect(failed.status).toBe(1)
    expect(failed.err).not.toContain('wrongcode77')
    expect(failed.err).not.toBe('')
  })
})

/** Starts the built `b24kit-mock` with `args`; resolves to its webhook URL and a stop function, or its exit. */
function startMockCli(args: string[]): Promise<{ webhookUrl?: string; stderr: string; code?: number | null; stop(): void }> {
  const bin = join(import.meta.dirname, '../../../mock/bin/b24kit-mock.js')
  const child = spawn(process.execPath, [bin, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  return new Promise((done) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const url = /webhook: (\S+)/.exec(stdout)?.[1]
      if (url) done({ webhookUrl: url, stderr, stop: () => child.kill('SIGTERM') })
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.on('exit', (code) => done({ code, stderr, stop: () => {} }))
  })
}

describe('b24kit generate', () => {
  it('types a project method beside the shipped ones', async () => {
    await copyFile(join(import.meta.dirname, '../../test/fixtures/project/vendor.report.get.ts'), join(dir, 'specs/vendor.report.get.ts'))
    expect(await run('generate')).toMatchObject({ status: 0, err: '' })
    const client = await readFile(join(dir, 'src/b24/index.ts'), 'utf8')
    expect(client).toContain("'vendor.report.get': { params: VendorReportGetParams; result: VendorReportGetResult; error: B24ApiError }")
    expect(client).toMatch(/vendor: \{\n\s+report: \{\n\s+get: \(params: VendorReportGetParams/)
  })

  it('b24kit-mock --specs serves the project: its custom fields and its own method', async () => {
    const mock = await startMockCli(['--specs', join(dir, 'specs')])
    try {
      expect(mock.stderr).toBe('')
      const post = async (method: string, body: object) =>
        (await (
          await fetch(`${mock.webhookUrl}${method}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          })
        ).json()) as {
          result: Record<string, unknown>
        }
      expect((await post('vendor.report.get', { day: '2026-12-01' })).result).toEqual({ day: '2026-12-01', visits: 42 })
      expect((await post('crm.contact.fields', {})).result.UF_CRM_RATING).toMatchObject({ type: 'double' })
    } finally {
      mock.stop()
    }
    const missing = await startMockCli(['--specs', join(dir, 'no-such-folder')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('--specs: no such folder')
  })

  it('writes the client module and the mock table; --check passes, then fails on drift', async () => {
    const done = await run('generate')
    expect(done).toMatchObject({ status: 0, err: '' })
    const client = await readFile(join(dir, 'src/b24/index.ts'), 'utf8')
    expect(client).toContain('UF_CRM_RATING: number | null')
    expect(client).toMatch(/UF_CRM_TIER: '\d+' \| '\d+' \| null/)
    expect(client).toContain('UF_CRM_TAGS: string[]')
    expect(client).toMatch(/interface CrmItemTypes \{\n(\s+\d+: \w+Item\n)*\s+\d+: ParcelsItem/)
    expect((await run('generate', '--check')).status).toBe(0)
    await writeFile(join(dir, 'src/b24/index.ts'), `${client}// edited\n`)
    const stale = await run('generate', '--check')
    expect(stale.status).toBe(1)
    expect(stale.out).toContain('stale: src/b24/index.ts')
  })

  it('loads as a mock table: the mock keeps the fields and refuses a value outside the list', async () => {
    const table = await loadMockTable(dir, 'specs')
    const portal = createMockPortal({ table })
    const ok = await portal.handle(
      new Request(`${portal.webhookUrl}crm.contact.add.json`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ fields: { NAME: 'Ann', UF_CRM_RATING: '4.5', UF_CRM_TIER: 999 } }),
      }),
    )
    expect(((await ok.json()) as { error?: string }).error).toBe('CRM_FIELD_ERROR_VALUE_NOT_VALID')
  })

  it('refuses a bad entry with its file, line, field and value, and writes nothing', async () => {
    const bad = join(dir, 'specs/extra-fields.ts')
    await writeFile(
      bad,
      "import { defineCustomFields } from '@b24kit/spec'\n\nexport default defineCustomFields({\n  entity: 'contact',\n  fields: [\n    { name: 'UF_CRM_NOTE', type: 'strnig' },\n  ],\n})\n",
    )
    const before = await readFile(join(dir, 'src/b24/index.ts'), 'utf8')
    const refused = await run('generate')
    expect(refused.status).toBe(1)
    expect(refused.err).toContain('specs/extra-fields.ts:6: fields[0].type: expected one of "string"')
    expect(refused.err).toContain('received "strnig"')
    await writeFile(
      bad,
      "import { defineCustomFields } from '@b24kit/spec'\n\nexport default defineCustomFields({ entity: 'contact', fields: [{ name: 'UF_CRM_RATING', type: 'double' }] })\n",
    )
    expect((await run('generate')).err).toMatch(
      /fields\[\d+\]\.name: expected a name not declared already \(specs\/\S+ declares it\), received "UF_CRM_RATING"/,
    )
    await writeFile(
      bad,
      "import { defineCustomFields } from '@b24kit/spec'\n\nexport default defineCustomFields({ entity: 'contact', fields: [{ name: 'UF_CRM_NAME', type: 'double' }] })\n",
    )
    await writeFile(join(dir, 'specs/crm.contact.add.ts'), "export default { method: 'crm.contact.add' }\n")
    const clash = await run('generate')
    expect(clash.err).toContain('specs/crm.contact.add.ts')
    expect(clash.err).toContain('method: expected a method b24kit does not ship')
    expect(await readFile(join(dir, 'src/b24/index.ts'), 'utf8')).toBe(before)
    await rm(bad)
    await rm(join(dir, 'specs/crm.contact.add.ts'))
  })
})
