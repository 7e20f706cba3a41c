/** `pnpm generate` as a user runs it: --help from the flag table, --version, a bad flag named. */
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import packageJson from '../package.json' with { type: 'json' }
import { generateFlags } from './generate-flags.js'

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url))
const packageDir = fileURLToPath(new URL('..', import.meta.url))

async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--conditions=source', '--import', 'tsx', cli, ...args], {
      cwd: packageDir,
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string }
    return { code, stdout, stderr }
  }
}

describe('pnpm generate flags', () => {
  it('prints every flag of the table with its meaning and default under --help', async () => {
    const { code, stdout } = await runCli(['--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^usage: pnpm generate \[flags\]\n/)
    for (const [name, row] of Object.entries(generateFlags))
      expect(stdout).toMatch(new RegExp(`--${name}\\b.*${row.meaning.replace(/[()]/g, '\\$&')}`))
    expect(stdout).toContain('the codegen config, relative to the root (default: b24kit.config.ts)')
  })

  it('prints its version under --version', async () => {
    expect(await runCli(['--version'])).toMatchObject({ code: 0, stdout: `${packageJson.version}\n` })
  })

  it('refuses an unknown flag, naming it, with a pointer to --help', async () => {
    expect(await runCli(['--chek'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "b24kit generate: Unknown option '--chek'\nRun pnpm generate --help for the flags.\n",
    })
  })
})
