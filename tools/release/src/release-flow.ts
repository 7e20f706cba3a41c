/**
 * The release as a maintainer runs it, in a throwaway clone: install from the local store,
 * build, `changeset version`, commit, `changeset publish` to a given registry.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildPublicPackages } from './public-packages.js'
import { runCommand } from './run-command.js'

/** Clones the committed HEAD of `root` into `dir` (uncommitted work stays behind, as in CI). */
export async function cloneRepository(root: string, dir: string): Promise<void> {
  await runCommand('git', ['clone', '--quiet', root, dir], { cwd: root })
}

/**
 * Installs the clone's dependencies from pnpm's store without the network; where the store lacks
 * something (a machine that never installed this lockfile), falls back to fetching what is missing.
 */
export async function installClone(dir: string): Promise<'offline' | 'prefer-offline'> {
  try {
    await runCommand('pnpm', ['install', '--offline', '--frozen-lockfile'], { cwd: dir, timeoutMs: 900_000 })
    return 'offline'
  } catch {
    await runCommand('pnpm', ['install', '--prefer-offline', '--frozen-lockfile'], { cwd: dir, timeoutMs: 900_000 })
    return 'prefer-offline'
  }
}

/** Builds the clone's public packages, which `changeset publish` packs as they are. */
export async function buildClone(dir: string): Promise<void> {
  await buildPublicPackages(dir)
}

/** Runs `changeset version`: consumes the pending changesets, bumps versions, writes CHANGELOG.md files. */
export async function versionPackages(dir: string): Promise<string> {
  const { stdout, stderr } = await runCommand('pnpm', ['exec', 'changeset', 'version'], { cwd: dir })
  return `${stdout}${stderr}`
}

/** Commits everything in the clone, as the release commit of a real repository would. */
export async function commitAll(dir: string, message: string): Promise<void> {
  await runCommand('git', ['add', '.'], { cwd: dir })
  const identity = ['-c', 'user.name=b24kit release test', '-c', 'user.email=release@example.invalid', '-c', 'commit.gpgsign=false']
  await runCommand('git', [...identity, 'commit', '--quiet', '-m', message], { cwd: dir })
}

/**
 * Runs `changeset publish` against `registryUrl`, with `token` in the clone's `.npmrc` (never on a
 * command line, never in an error: it is redacted).
 */
export async function publishPackages(dir: string, registryUrl: string, token: string): Promise<string> {
  const host = registryUrl.replace(/^https?:/, '')
  await writeFile(join(dir, '.npmrc'), `registry=${registryUrl}\n${host}:_authToken=${token}\n`)
  const { stdout, stderr } = await runCommand('pnpm', ['exec', 'changeset', 'publish'], {
    cwd: dir,
    env: { npm_config_registry: registryUrl },
    secrets: [token],
  })
  return `${stdout}${stderr}`
}

/** The versions and dist-tags a registry holds for one package. */
export async function readPublished(
  registryUrl: string,
  name: string,
): Promise<{ versions: string[]; latest?: string; manifest?: Record<string, unknown> }> {
  const response = await fetch(new URL(name.replace('/', '%2f'), registryUrl))
  if (response.status === 404) return { versions: [] }
  if (!response.ok) throw new Error(`${name}: the registry answered ${response.status}`)
  const doc = (await response.json()) as { versions?: Record<string, Record<string, unknown>>; 'dist-tags'?: { latest?: string } }
  const latest = doc['dist-tags']?.latest
  return { versions: Object.keys(doc.versions ?? {}), latest, manifest: latest ? doc.versions?.[latest] : undefined }
}
