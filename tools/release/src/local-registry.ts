/**
 * A throwaway npm registry on loopback (verdaccio): temporary storage, no uplinks (it never reaches
 * the internet), anonymous publish of `@b24kit/*` only.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { createCleanEnv } from './run-command.js'

const releaseDir = join(import.meta.dirname, '..')

/** A running local registry. */
export interface LocalRegistry {
  /** Such as `http://127.0.0.1:40123/` (with the trailing slash npm wants). */
  url: string
  /** Stops verdaccio and waits for it to exit. */
  stop(): Promise<void>
}

/** Asks the OS for a free loopback port (verdaccio cannot listen on port 0 and report it). */
function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/** Verdaccio's config: `@b24kit/*` published by anyone, everything else refused, no proxying. */
function createConfig(storage: string): string {
  return [
    `storage: ${JSON.stringify(storage)}`,
    'auth:',
    '  htpasswd:',
    `    file: ${JSON.stringify(join(storage, 'htpasswd'))}`,
    '    max_users: -1',
    'uplinks: {}',
    'packages:',
    "  '@b24kit/*':",
    '    access: $all',
    '    publish: $all',
    '    unpublish: $all',
    "  '**':",
    '    access: $all',
    '    publish: $authenticated',
    'server:',
    '  keepAliveTimeout: 5',
    'log: { type: stdout, format: pretty, level: warn }',
    '',
  ].join('\n')
}

/** Polls `/-/ping` until verdaccio answers or the child exits. */
async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited with ${child.exitCode}: ${output().slice(-2000)}`)
    try {
      const response = await fetch(new URL('-/ping', url))
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`verdaccio did not answer on ${url} within 60 s: ${output().slice(-2000)}`)
}

/** Starts verdaccio on 127.0.0.1 with its storage in `dir`. */
export async function startLocalRegistry(dir: string): Promise<LocalRegistry> {
  const storage = join(dir, 'storage')
  await mkdir(storage, { recursive: true })
  const configPath = join(dir, 'config.yaml')
  await writeFile(configPath, createConfig(storage))
  const port = await findFreePort()
  const url = `http://127.0.0.1:${port}/`
  const bin = join(releaseDir, 'node_modules', '.bin', 'verdaccio')
  const child = spawn(bin, ['--config', configPath, '--listen', `127.0.0.1:${port}`], {
    cwd: dir,
    env: createCleanEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill()
    })
  try {
    await waitUntilUp(url, child, () => output)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, stop }
}
