/**
 * Starts one `b24kit-mock` CLI, as a user of any language would run it: HTTPS with a generated
 * certificate saved by `--cert-out`, the admin surface on, a webhook and an OAuth token of its own.
 * The certificate goes into NODE_EXTRA_CA_CERTS before vitest starts its workers, so the SDK (axios
 * on node:https) verifies the mock's certificate like any other: no `rejectUnauthorized: false`.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { type InteropMock, interopCredentials } from './fixture.js'

declare module 'vitest' {
  export interface ProvidedContext {
    mock: InteropMock
  }
}

/** The bin the package installs (`npx b24kit-mock`), run from the built package. */
function findMockBin(): string {
  const manifest = createRequire(import.meta.url).resolve('@b24kit/mock/package.json')
  return join(dirname(manifest), 'bin', 'b24kit-mock.js')
}

function waitForStart(child: ChildProcess): Promise<{ url: string; certificate: string }> {
  let out = ''
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const url = /listening on (\S+)/.exec(out)?.[1]
      const certificate = /certificate: (.+)\n/.exec(out)?.[1]
      if (url && certificate && /admin: /.test(out)) resolve({ url, certificate })
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
    })
    child.once('exit', (code) => reject(new Error(`b24kit-mock exited with ${code} before it listened:\n${out}`)))
  })
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'b24kit-interop-'))
  const { userId, webhookCode, accessToken } = interopCredentials
  const child = spawn(
    process.execPath,
    [
      findMockBin(),
      '--port',
      '0',
      '--https',
      '--cert-out',
      join(dir, 'mock-cert.pem'),
      '--admin',
      '--webhook',
      `${userId}:${webhookCode}`,
      '--oauth-token',
      accessToken,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const { url, certificate } = await waitForStart(child)
  // Read by node when each test worker starts; the workers start after this setup.
  process.env.NODE_EXTRA_CA_CERTS = certificate
  project.provide('mock', { url, certificate })
  return async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
    await rm(dir, { recursive: true, force: true })
  }
}
