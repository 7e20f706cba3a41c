/** Lints packed tarballs the way a registry user meets them: publint for package.json, attw for types. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { publint } from 'publint'
import { formatMessage } from 'publint/utils'
import { runCommand } from './run-command.js'

const releaseDir = join(import.meta.dirname, '..')

/**
 * Runs publint on a tarball at every level (suggestions included, warnings as errors) and returns
 * one readable line per message: an empty list means clean.
 */
export async function lintWithPublint(tarball: string): Promise<string[]> {
  const bytes = await readFile(tarball)
  const { messages, pkg } = await publint({
    pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
    level: 'suggestion',
    strict: true,
  })
  return messages.map((message) => `${message.type} ${message.code}: ${formatMessage(message, pkg, { color: false }) ?? ''}`)
}

/** One problem attw found, as its JSON output gives it. */
interface AttwProblem {
  kind: string
  entrypoint?: string
  resolutionKind?: string
}

/**
 * Runs `attw` on a tarball with the `esm-only` profile and returns one line per problem: an empty
 * list means clean.
 *
 * The profile: every b24kit package is deliberately ESM-only (`"type": "module"`, an `exports` map
 * with no `require` condition; Node >= 20.19 can `require()` it anyway). The `esm-only` profile
 * skips just the `node10` and `node16-cjs` resolutions, where an ESM-only package cannot resolve by
 * design; every ESM and bundler resolution is still checked.
 *
 * The tarball comes from `pnpm pack` rather than from `attw --pack`: `--pack` runs `npm pack`,
 * which would leave `workspace:` ranges unrewritten, so it would check a package nobody publishes.
 */
export async function lintWithAttw(tarball: string): Promise<string[]> {
  const bin = join(releaseDir, 'node_modules', '.bin', 'attw')
  const args = [tarball, '--profile', 'esm-only', '--format', 'json', '--no-color']
  // attw's exit code is its verdict (1: problems under the profile); its JSON lists every problem
  // of every resolution, so the list below is filtered the way the profile filters the exit code.
  const { stdout, exitCode } = await runCommand(bin, args, { cwd: releaseDir, okExitCodes: [1] })
  const report = JSON.parse(stdout) as { analysis: { types: unknown; problems?: AttwProblem[] } }
  const lines: string[] = []
  if (!report.analysis.types && (await exportsTypes(tarball))) lines.push('no types found, though package.json exports a "types" condition')
  for (const p of report.analysis.problems ?? []) {
    if (p.resolutionKind && esmOnlySkips.includes(p.resolutionKind)) continue
    lines.push(`${p.kind}${p.entrypoint ? ` at ${p.entrypoint}` : ''}${p.resolutionKind ? ` (${p.resolutionKind})` : ''}`)
  }
  if (exitCode !== 0 && lines.length === 0) lines.push(`attw exited ${exitCode}`)
  return lines
}

/** The resolutions attw's `esm-only` profile does not check. */
const esmOnlySkips = ['node10', 'node16-cjs']

/** Whether the packed package.json declares types anywhere in `exports` (docs, a data package, does not). */
async function exportsTypes(tarball: string): Promise<boolean> {
  const { stdout } = await runCommand('tar', ['-xzOf', tarball, 'package/package.json'], { cwd: releaseDir })
  return JSON.stringify((JSON.parse(stdout) as { exports?: unknown }).exports ?? {}).includes('"types"')
}
