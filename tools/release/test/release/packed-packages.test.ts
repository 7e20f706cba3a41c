// The public packages as npm users get them: packed, linted, installed with npm outside the workspace, run on Node 20, 22, 24.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { compileConsumer, createConsumer, runConsumer } from '../../src/consumer.js'
import { lintWithAttw, lintWithPublint } from '../../src/lint-packed.js'
import { buildPublicPackages, listPublicPackages, type PackedPackage, packPublicPackages } from '../../src/public-packages.js'

const root = join(import.meta.dirname, '..', '..', '..', '..')
const names = listPublicPackages(root).map((p) => p.name)
let work: string
let packed: PackedPackage[] = []

function tarballOf(name: string): string {
  const found = packed.find((p) => p.name === name)
  if (!found) throw new Error(`${name} was not packed`)
  return found.tarball
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'b24kit-packed-'))
  // Under turbo (`test:release`), the public packages' build tasks ran first; building again here
  // would race turbo's own writes to dist/. Run directly (`vitest run --project release`), it builds.
  if (process.env.B24KIT_PACKAGES_BUILT !== '1') await buildPublicPackages(root)
  packed = await packPublicPackages(root, join(work, 'tarballs'))
})

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

describe('packed packages', () => {
  test('the five public packages are the ones packed', () => {
    expect(names).toEqual(['@b24kit/client', '@b24kit/codegen', '@b24kit/docs', '@b24kit/mock', '@b24kit/spec'])
    expect(packed.map((p) => p.name)).toEqual(names)
  })

  test.each(names)('%s: publint reports nothing', async (name) => {
    expect(await lintWithPublint(tarballOf(name))).toEqual([])
  })

  test.each(names)('%s: attw (esm-only profile) reports nothing', async (name) => {
    expect(await lintWithAttw(tarballOf(name))).toEqual([])
  })
})

describe('a consumer outside the workspace', () => {
  let consumer: string

  test('installs the tarballs with npm and type-checks under strict NodeNext', async () => {
    consumer = join(work, 'consumer')
    expect(consumer.startsWith(root)).toBe(false)
    await createConsumer(
      consumer,
      packed.map((p) => p.tarball),
    )
    await compileConsumer(consumer)
  })

  test.each(['current', 22, 24] as const)('runs the client against the mock CLI and the MSW test on node %s', async (version) => {
    const run = await runConsumer(consumer, version)
    const major = version === 'current' ? process.versions.node.split('.')[0] : String(version)
    expect(run.cliLine).toMatch(
      new RegExp(`^consumer ok on node v${major}\\.\\d+\\.\\d+: crm\\.contact\\.delete\\(50\\) -> true, then notFound$`),
    )
    expect(run.testOutput).toMatch(/^# pass 1$/m)
    expect(run.testOutput).toMatch(/^# fail 0$/m)
  })
})
