/**
 * "Your portal, typed" end to end, as a user does it, outside the workspace: a fresh project installs
 * the packed public packages with npm and runs `b24kit init`; the installed `b24kit-mock` gets custom
 * fields (a double, an enumeration with values, a multiple string) through crm.contact.userfield.add
 * and a smart process through crm.type.add; `b24kit pull`, then `b24kit generate`; the app of
 * examples/your-portal type-checks under --strict against what was generated (its @ts-expect-error
 * lines prove wrong types fail) and runs against the mock, reading back what it wrote. The example's
 * committed output is what this flow produces, and the example itself installs, checks and runs.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type MockProcess, startInstalledMock } from '../../src/mock-process.js'
import { buildPublicPackages, type PackedPackage, packPublicPackages } from '../../src/public-packages.js'
import { runCommand } from '../../src/run-command.js'

const root = join(import.meta.dirname, '..', '..', '..', '..')
const example = join(root, 'examples', 'your-portal')
const extras = ['typescript@5.9.3', 'msw@2.15.0', '@types/node@20.19.43']
let work: string
let packed: PackedPackage[] = []
let project: string
let mock: MockProcess | undefined

/** Runs the project's installed `b24kit`; its output, with the webhook code kept out of any error. */
async function b24kit(dir: string, args: string[], secrets: string[] = []) {
  return runCommand(join(dir, 'node_modules', '.bin', 'b24kit'), args, { cwd: dir, secrets })
}

async function install(dir: string): Promise<void> {
  await runCommand('npm', ['install', '--no-audit', '--no-fund', ...packed.map((p) => p.tarball), ...extras], {
    cwd: dir,
    timeoutMs: 900_000,
  })
}

async function post(webhookUrl: string, method: string, body: object): Promise<{ result?: unknown; error?: string }> {
  const response = await fetch(`${webhookUrl}${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return (await response.json()) as { result?: unknown; error?: string }
}

/** The files of `dir` below `sub`, path to text (for comparing trees). */
async function readTree(dir: string, sub: string): Promise<Record<string, string>> {
  const entries = await readdir(join(dir, sub), { recursive: true, withFileTypes: true })
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f.slice(dir.length + 1), await readFile(f, 'utf8')])))
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'b24kit-your-portal-'))
  if (process.env.B24KIT_PACKAGES_BUILT !== '1') await buildPublicPackages(root)
  packed = await packPublicPackages(root, join(work, 'tarballs'))
  project = join(work, 'project')
  await mkdir(project)
  await writeFile(join(project, 'package.json'), '{ "name": "my-portal-app", "private": true, "type": "module" }\n')
  await install(project)
})

afterAll(async () => {
  await mock?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

describe('your portal, typed: a fresh project', () => {
  test('b24kit init writes the config and specs/', async () => {
    expect(project.startsWith(root)).toBe(false)
    const { stdout } = await b24kit(project, ['init'])
    expect(stdout).toContain('wrote b24kit.config.ts and specs/README.md')
    expect(await readFile(join(project, 'b24kit.config.ts'), 'utf8')).toContain('defineProjectConfig')
  })

  test('the mock CLI gets three custom fields and a smart process over HTTP', async () => {
    mock = await startInstalledMock(project)
    const add = (fields: object) => post(mock?.webhookUrl ?? '', 'crm.contact.userfield.add', { fields })
    expect(await add({ FIELD_NAME: 'RATING', USER_TYPE_ID: 'double', LABEL: 'Rating' })).toMatchObject({ result: 400 })
    const tier = await add({
      FIELD_NAME: 'TIER',
      USER_TYPE_ID: 'enumeration',
      LABEL: 'Tier',
      LIST: [{ VALUE: 'Gold' }, { VALUE: 'Silver' }],
    })
    expect(tier).toMatchObject({ result: 401 })
    expect(await add({ FIELD_NAME: 'TAGS', USER_TYPE_ID: 'string', MULTIPLE: 'Y', LABEL: 'Tags' })).toMatchObject({ result: 402 })
    const type = await post(mock.webhookUrl, 'crm.type.add', { fields: { title: 'Parcels' } })
    expect(type).toMatchObject({ result: { type: { entityTypeId: 1270 } } })
  })

  test('b24kit pull writes the entries and no secret; generate writes the client and the mock table', async () => {
    const webhookUrl = mock?.webhookUrl ?? ''
    const code = webhookUrl.replace(/\/$/, '').split('/').pop() ?? ''
    const pulled = await b24kit(project, ['pull', '--webhook', webhookUrl], [code])
    expect(pulled.stdout).toContain('+ contact field UF_CRM_TIER (enumeration)')
    expect(pulled.stdout).toContain('+ smart process 1270 "Parcels"')
    expect(`${pulled.stdout}${pulled.stderr}`).not.toContain(code)
    const generated = await b24kit(project, ['generate'])
    expect(generated.stdout).toMatch(
      /^generated 0 method\(s\), \d+ custom field\(s\), 2 smart process\(es\): wrote src\/b24\/index\.ts, src\/b24\/mock-table\.ts$/m,
    )
    const written = JSON.stringify({ ...(await readTree(project, 'specs')), ...(await readTree(project, 'src')) })
    expect(written).not.toContain(code)
    expect((await b24kit(project, ['generate', '--check'])).stdout).toContain('up to date')
  })

  test('the example app type-checks under --strict against it and runs against the mock, reading back what it wrote', async () => {
    for (const part of ['src/app.ts', 'src/main.ts', 'test', 'tsconfig.json'])
      await cp(join(example, part), join(project, part), { recursive: true })
    await runCommand(join(project, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], { cwd: project })
    const run = await runCommand(process.execPath, ['dist/src/main.js'], {
      cwd: project,
      env: { B24_WEBHOOK: mock?.webhookUrl ?? '' },
    })
    expect(JSON.parse(run.stdout)).toEqual({
      contactId: 51,
      rating: 4.5,
      tier: 'Gold',
      tags: ['vip', 'newsletter'],
      parcelTitle: 'Parcel for Ann',
    })
  })

  test('examples/your-portal holds exactly what this flow generated', async () => {
    expect(await readTree(example, 'specs/portal')).toEqual(await readTree(project, 'specs/portal'))
    expect(await readTree(example, 'src/b24')).toEqual(await readTree(project, 'src/b24'))
  })
})

describe('examples/your-portal', () => {
  let copy: string

  test('installs from the tarballs; its generated files are up to date; its MSW test passes', async () => {
    copy = join(work, 'example')
    await cp(example, copy, { recursive: true, filter: (src) => !/[\\/](node_modules|dist)([\\/]|$)/.test(src) })
    await install(copy)
    expect((await b24kit(copy, ['generate', '--check'])).stdout).toContain('up to date')
    const test = await runCommand('npm', ['test'], { cwd: copy })
    expect(test.stdout).toMatch(/^# pass 2$/m)
    expect(test.stdout).toMatch(/^# fail 0$/m)
  })

  test('b24kit-mock --specs serves its entries: the app runs against a fresh mock', async () => {
    const served = await startInstalledMock(copy, ['--specs', 'specs'])
    try {
      const run = await runCommand(process.execPath, ['dist/src/main.js'], {
        cwd: copy,
        env: { B24_WEBHOOK: served.webhookUrl },
      })
      expect(JSON.parse(run.stdout)).toMatchObject({
        rating: 4.5,
        tier: 'Gold',
        tags: ['vip', 'newsletter'],
        parcelTitle: 'Parcel for Ann',
      })
    } finally {
      await served.stop()
    }
  })
})
