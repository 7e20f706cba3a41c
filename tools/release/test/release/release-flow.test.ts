// The whole release, end to end, on loopback: changeset version and publish from a clone to verdaccio, then an npm install from it.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { checkChangesets } from '../../src/check-changesets.js'
import { compileConsumer, createConsumer, runConsumer } from '../../src/consumer.js'
import { type LocalRegistry, startLocalRegistry } from '../../src/local-registry.js'
import { listPublicPackages } from '../../src/public-packages.js'
import {
  buildClone,
  cloneRepository,
  commitAll,
  installClone,
  publishPackages,
  readPublished,
  versionPackages,
} from '../../src/release-flow.js'

const root = join(import.meta.dirname, '..', '..', '..', '..')
// The repository to release: this one's committed HEAD, or another checkout while trying changes out.
const source = process.env.B24KIT_RELEASE_SOURCE ?? root
const names = listPublicPackages(root).map((p) => p.name)
// Verdaccio accepts any token for @b24kit/*; npm and pnpm refuse to publish without one.
const token = `fake-token-${process.pid}-${Date.now()}`
let work: string
let clone: string
let registry: LocalRegistry | undefined
let nextVersion = ''

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'b24kit-release-'))
  clone = join(work, 'repo')
  registry = await startLocalRegistry(join(work, 'registry'))
  await cloneRepository(source, clone)
  await installClone(clone)
  await buildClone(clone)
})

afterAll(async () => {
  await registry?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

describe('a release through changesets to a local registry', () => {
  test('the registry starts empty and serves nothing from the internet', async () => {
    if (!registry) throw new Error('no registry')
    expect(registry.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    for (const name of names) expect((await readPublished(registry.url, name)).versions).toEqual([])
    expect((await readPublished(registry.url, 'msw')).versions).toEqual([])
  })

  test('changeset version bumps the fixed group together and names the spec methods in each CHANGELOG', async () => {
    const before = JSON.parse(await readFile(join(clone, 'packages/client/package.json'), 'utf8')) as { version: string }
    await versionPackages(clone)
    const versions = await Promise.all(
      listPublicPackages(clone).map(
        async (p) => (JSON.parse(await readFile(join(p.dir, 'package.json'), 'utf8')) as { version: string }).version,
      ),
    )
    nextVersion = versions[0] ?? ''
    expect(nextVersion).not.toBe(before.version)
    expect(new Set(versions)).toEqual(new Set([nextVersion]))
    for (const p of listPublicPackages(clone)) {
      const changelog = await readFile(join(p.dir, 'CHANGELOG.md'), 'utf8')
      expect(changelog).toContain(`## ${nextVersion}`)
      // Every entry a changeset made leads with the spec methods it names, and its commit.
      expect(changelog).toMatch(/^- `[a-z][a-zA-Z0-9_]*(\.[a-zA-Z0-9_]+)+`(, `[^`]+`)* \([0-9a-f]{7}\): /m)
      if (p.name === '@b24kit/client') expect(changelog).toMatch(/^- `crm\.contact\.delete` \([0-9a-f]{7}\): /m)
    }
  })

  test('after the release commit the changesets check is clean, and a new spec change without a changeset fails it', async () => {
    await commitAll(clone, 'Version packages')
    const clean = checkChangesets(clone)
    expect(clean).toMatchObject({ ok: true, changed: [], base: { reason: 'last changelog commit' } })
    const spec = join(clone, 'specs', 'crm.contact.delete.ts')
    const text = await readFile(spec, 'utf8')
    await writeFile(spec, `${text}\n`)
    expect(checkChangesets(clone).problems).toEqual([expect.stringContaining('without a changeset: specs/crm.contact.delete.ts')])
    await writeFile(spec, text)
  })

  test('changeset publish puts every public package on the local registry, workspace ranges rewritten', async () => {
    if (!registry) throw new Error('no registry')
    const output = await publishPackages(clone, registry.url, token)
    expect(output).not.toContain(token)
    for (const name of names) {
      const published = await readPublished(registry.url, name)
      expect(published.versions).toEqual([nextVersion])
      expect(published.latest).toBe(nextVersion)
      expect(JSON.stringify(published.manifest)).not.toContain('workspace:')
    }
  })

  test('a consumer installs the published versions from it with npm, type-checks and runs', async () => {
    if (!registry) throw new Error('no registry')
    const consumer = join(work, 'consumer')
    await createConsumer(
      consumer,
      names.map((name) => `${name}@${nextVersion}`),
      { url: registry.url, token },
    )
    const installed = JSON.parse(await readFile(join(consumer, 'node_modules/@b24kit/client/package.json'), 'utf8')) as { version: string }
    expect(installed.version).toBe(nextVersion)
    await compileConsumer(consumer)
    const run = await runConsumer(consumer, 'current')
    expect(run.cliLine).toMatch(/^consumer ok on node v\d+\.\d+\.\d+: crm\.contact\.delete\(50\) -> true, then notFound$/)
    expect(run.testOutput).toMatch(/^# pass 1$/m)
    expect(run.testOutput).toMatch(/^# fail 0$/m)
  })
})
