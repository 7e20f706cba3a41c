import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { repoRoot } from '../test/workspace.js'
import { importBundled, matchBareNamesBut } from './spec-bundle.js'

let dir: string
beforeEach(async () => {
  // Inside the repository, so the files resolve the root's installed and workspace packages.
  await mkdir(join(repoRoot, '.tmp'), { recursive: true })
  dir = await mkdtemp(join(repoRoot, '.tmp', 'spec-bundle-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('importBundled', () => {
  it('requires installed packages from where they resolve and bundles workspace packages from source', async () => {
    const file = join(dir, 'crm.demo.get.ts')
    // @b24kit/spec resolves to its TypeScript source (condition `source`), which only a bundle can
    // run here; fast-check is installed, so the module gets the process's own copy of it.
    await writeFile(
      file,
      "import { defineMethod } from '@b24kit/spec'\nimport * as fc from 'fast-check'\nexport const define = defineMethod\nexport const installed = fc\n",
    )
    const [bundled] = (await importBundled([file], dir)) ?? []
    expect(typeof bundled?.mod.define).toBe('function')
    const installed = bundled?.mod.installed as { integer?: unknown }
    expect(installed.integer).toBeTypeOf('function')
    // The bundle's `import` resolves as the process's own import does: to the same module.
    expect(installed.integer).toBe((await import('fast-check')).integer)
    // Installed packages are keyed by the spec model, not listed as a spec's inputs.
    expect(bundled?.inputs.some((path) => path.includes('node_modules'))).toBe(false)
    expect(bundled?.inputs).toContain(file)
    // The spec model is a workspace package here: bundled from its sources, which the spec reads.
    expect(bundled?.inputs.some((path) => path.includes(join('packages', 'spec', 'src')))).toBe(true)
  })
})

describe('matchBareNamesBut', () => {
  // esbuild's filters are Go regular expressions, which have no lookahead: the name is left out by hand.
  const filter = matchBareNamesBut('@b24kit/spec')
  it.each(['zod', 'zod/v4', '@b24kit/client', '@b24kit/specs', '@b24kit/spe', '@b24kit/', '@b', 'node:fs'])('matches %s', (name) => {
    expect(filter.test(name)).toBe(true)
  })
  it.each(['@b24kit/spec', '@b24kit/spec/shared', './x', '../y', '/abs'])('does not match %s', (name) => {
    expect(filter.test(name)).toBe(false)
  })
  it('has no lookahead or other syntax Go lacks', () => {
    expect(filter.source).not.toMatch(/\(\?[=!<]/)
  })
})
