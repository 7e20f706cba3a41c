/** The CLI's `--app` and `--token-ttl`: bad values exit 2 naming the flag (never the secret), and help lists both. */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const cliPath = fileURLToPath(new URL('../cli.ts', import.meta.url))
// As in cli.test.ts: node with tsx as a loader and the `source` condition, so workspace imports
// (@b24kit/spec/cli-flags) resolve to their sources without a build.
const node = ['--conditions=source', '--import', 'tsx', cliPath]
const packageDir = fileURLToPath(new URL('../..', import.meta.url))

function runCli(args: string[]): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, [...node, ...args], { cwd: packageDir, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    out += chunk.toString()
  })
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out })))
}

describe('b24kit-mock --app and --token-ttl', () => {
  it.each([
    [['--token-ttl', '0'], 'b24kit-mock: --token-ttl: expected a whole number of seconds, 1 or more, got "0"'],
    [['--token-ttl', '1.5'], 'b24kit-mock: --token-ttl: expected a whole number of seconds, 1 or more, got "1.5"'],
    [['--app', 'only-an-id'], 'b24kit-mock: --app: expected CLIENT_ID:CLIENT_SECRET[:SCOPES[:APP_URL]]'],
  ])('%j exits 2 naming the flag', async (args, want) => {
    const { code, out } = await runCli(['--port', '0', ...args])
    expect(code).toBe(2)
    expect(out).toContain(want)
  })

  it('keeps a malformed app secret out of its message', async () => {
    const { code, out } = await runCli(['--port', '0', '--app', 'bad id:topsecret42'])
    expect(code).toBe(2)
    expect(out).not.toContain('topsecret42')
  })

  it('lists both flags with their defaults in --help', async () => {
    const { out } = await runCli(['--help'])
    expect(out).toMatch(/--app .*\(default: none\)/)
    expect(out).toMatch(/--token-ttl .*\(default: 3600\)/)
  })
})
