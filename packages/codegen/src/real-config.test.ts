/**
 * The generator with the real emitters of b24kit.config.ts, run as the CLI in child processes: output
 * is byte-identical across time zones, locales, working folders and file order, matches what is
 * committed, and a one-line spec change touches exactly the outputs that carry it.
 */
import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { createWorkspace, readTree, removeWorkspace, repoRoot } from '../test/workspace.js'

const run = promisify(execFile)
const tsx = join(repoRoot, 'node_modules/.bin/tsx')
const cli = join(repoRoot, 'packages/codegen/src/cli.ts')
const config = join(repoRoot, 'b24kit.config.ts')
const outputs = [
  'packages/client/src/generated',
  'packages/mock/src/generated',
  'packages/docs/generated',
  'tools/conformance/src/generated',
]

const made: string[] = []
afterAll(async () => {
  for (const root of made) await removeWorkspace(root)
})

async function generateIn(root: string, env: Record<string, string>, cwd: string, check = false) {
  const args = ['--conditions=source', cli, '--root', root, '--config', config, '--verbose', ...(check ? ['--check'] : [])]
  return run(tsx, args, { cwd, env: { ...process.env, ...env } })
}

async function readOutputs(root: string): Promise<Map<string, string>> {
  const all = new Map<string, string>()
  for (const dir of outputs) for (const [k, v] of await readTree(root, dir)) all.set(k, v)
  return all
}

// Each test runs whole generator processes (two cold runs of every emitter over every spec): the
// bound only catches a hang. It is not a speed check (pnpm bench measures speed), and a machine
// whose cores are shared many times over may need minutes.
describe('the generator with the real emitters', { timeout: 600_000 }, () => {
  it('writes the same bytes under any TZ, LANG, working folder and file order, equal to what is committed', async () => {
    const a = await createWorkspace()
    const b = await createWorkspace({ reverse: true })
    made.push(a, b)
    await generateIn(a, { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' }, a)
    await generateIn(b, { TZ: 'Pacific/Chatham', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' }, tmpdir())
    const treeA = await readOutputs(a)
    const treeB = await readOutputs(b)
    expect(treeA.size).toBeGreaterThan(5)
    expect([...treeB.keys()]).toEqual([...treeA.keys()])
    for (const [path, text] of treeA) expect(treeB.get(path), path).toBe(text)
    const committed = await readOutputs(repoRoot)
    expect([...committed.keys()].sort()).toEqual([...treeA.keys()].sort())
    for (const [path, text] of treeA) expect(committed.get(path), path).toBe(text)
  })

  // The conformance case table changes too: it is the test data derived from the same row.
  it('changing one error text changes the client, the mock, both docs pages, the OpenAPI document (and the conformance cases), and nothing else', async () => {
    const root = await createWorkspace()
    made.push(root)
    await generateIn(root, {}, root)
    const before = await readOutputs(root)
    const spec = join(root, 'specs/crm.contact.delete.ts')
    const source = await readFile(spec, 'utf8')
    expect(source).toContain("text: 'Access denied.'")
    await writeFile(spec, source.replace("text: 'Access denied.'", "text: 'Access denied to this contact.'"))
    const { stdout } = await generateIn(root, {}, root)
    const after = await readOutputs(root)
    const changed = [...after.keys()].filter((path) => after.get(path) !== before.get(path)).sort()
    expect(changed).toEqual([
      'packages/client/src/generated/descriptors/crm-contact-delete.ts',
      'packages/client/src/generated/methods/crm-contact-delete.ts',
      'packages/docs/generated/en/crm-contact-delete.md',
      'packages/docs/generated/openapi.json',
      'packages/docs/generated/ru/crm-contact-delete.md',
      'packages/mock/src/generated/methods.ts',
      'tools/conformance/src/generated/crm-contact-delete.ts',
    ])
    for (const path of changed) {
      expect(after.get(path)).toContain('Access denied to this contact.')
      expect(stdout).toContain(`wrote ${path}`)
    }
  })

  it('--check exits 1 naming a hand-edited file, and writes nothing', async () => {
    const root = await createWorkspace()
    made.push(root)
    await generateIn(root, {}, root)
    const file = join(root, 'packages/docs/generated/en/crm-contact-delete.md')
    await writeFile(file, `${await readFile(file, 'utf8')}\nedited by hand\n`)
    const failure = (await generateIn(root, {}, root, true).catch((e: unknown) => e)) as { code: number; stdout: string }
    expect(failure.code).toBe(1)
    expect(failure.stdout).toContain('stale: packages/docs/generated/en/crm-contact-delete.md differs from what the specs produce')
    expect(await readFile(file, 'utf8')).toContain('edited by hand')
  })

  it('names a bad flag', async () => {
    const failure = (await run(tsx, ['--conditions=source', cli, '--chek'], { cwd: repoRoot }).catch((e: unknown) => e)) as {
      code: number
      stderr: string
    }
    expect(failure.code).toBe(2)
    expect(failure.stderr).toContain("Unknown option '--chek'")
  })
})
