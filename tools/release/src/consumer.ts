/**
 * A consumer project outside the workspace: installs b24kit from tarballs or a registry with plain
 * npm, type-checks its files under `tsc --strict`, and runs them on a given Node version.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runCommand } from './run-command.js'

/** The consumer's sources, kept as real files beside this module. */
const templateDir = join(import.meta.dirname, '..', 'consumer')

/** `defaultWebhookCode` of @b24kit/mock, which its CLI's webhook URL holds. */
const mockWebhookCode = 'b24kitmockcode'

/** What the consumer installs besides b24kit, pinned like the workspace pins them. */
export const consumerExtras = ['msw@2.15.0', 'typescript@5.9.3', '@types/node@20.19.43'] as const

/** How to reach a registry other than npm's for the `@b24kit` scope. */
export interface ScopeRegistry {
  /** Such as `http://127.0.0.1:4873/`. */
  url: string
  /** A token for it; written to the project's `.npmrc`, never printed. */
  token: string
}

/**
 * Creates the consumer in `dir` (which must be outside the workspace, so no workspace package or
 * pnpm setting can leak in) and installs `specs` (tarball paths or `name@version`) with npm.
 */
export async function createConsumer(dir: string, specs: readonly string[], registry?: ScopeRegistry): Promise<void> {
  await mkdir(dir, { recursive: true })
  await cp(templateDir, dir, { recursive: true })
  const secrets: string[] = []
  if (registry) {
    const host = registry.url.replace(/^https?:/, '')
    await writeFile(join(dir, '.npmrc'), `@b24kit:registry=${registry.url}\n${host}:_authToken=${registry.token}\n`)
    secrets.push(registry.token)
  }
  await runCommand('npm', ['install', '--no-audit', '--no-fund', ...specs, ...consumerExtras], { cwd: dir, timeoutMs: 900_000, secrets })
}

/** Type-checks and compiles the consumer's sources under `strict` and NodeNext. */
export async function compileConsumer(dir: string): Promise<void> {
  await runCommand(join(dir, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], { cwd: dir })
}

/** A Node to run the consumer on: the machine's, or a major version through `npx -y node@N`. */
export type NodeVersion = 'current' | 22 | 24

/** The command and leading arguments that run `node` of the given version. */
function nodeCommand(version: NodeVersion): [string, string[]] {
  return version === 'current' ? [process.execPath, []] : ['npx', ['-y', `node@${version}`]]
}

/** What one run of the consumer printed. */
export interface ConsumerRun {
  /** The CLI run's closing line, such as `consumer ok on node v22.x: ...`. */
  cliLine: string
  /** The MSW test's `node --test` output. */
  testOutput: string
}

/** Runs the compiled consumer (the CLI run, then the MSW test) on one Node version. */
export async function runConsumer(dir: string, version: NodeVersion): Promise<ConsumerRun> {
  const [command, lead] = nodeCommand(version)
  // The mock's default webhook code is public, but a webhook code is a secret by kind: keep it out of errors.
  const options = { cwd: dir, timeoutMs: 600_000, secrets: [mockWebhookCode] }
  const cli = await runCommand(command, [...lead, 'dist/run-cli.js'], options)
  const test = await runCommand(command, [...lead, '--test', '--test-reporter=tap', 'dist/msw.test.js'], options)
  return { cliLine: cli.stdout.trim().split('\n').at(-1) ?? '', testOutput: test.stdout }
}
