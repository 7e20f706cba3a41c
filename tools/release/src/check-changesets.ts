/**
 * The changesets policy, checked: a spec or generated file changed since the last release needs a
 * pending changeset, and a changed method spec needs a changeset that names the method.
 *
 * "The last release" is the newest commit that touched a `packages/*\/CHANGELOG.md`: `changeset
 * version` writes those files and the release commit carries them, so the point travels with every
 * clone (tags from `changeset publish` may never be pushed). Before the first release there is no
 * such commit, and the repository's first commit stands in for it.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

/** Where the release baseline is and why. */
export interface ReleaseBase {
  commit: string
  reason: 'last changelog commit' | 'first commit (no release yet)'
}

/** A pending changeset under `.changeset/`. */
export interface PendingChangeset {
  file: string
  /** Package names the frontmatter releases. */
  packages: string[]
  summary: string
}

/** The verdict, with everything it was based on. */
export interface ChangesetCheck {
  ok: boolean
  base: ReleaseBase
  /** Spec and generated files changed since the base (committed, staged, unstaged or untracked). */
  changed: string[]
  changesets: PendingChangeset[]
  /** One line per problem, empty when ok. */
  problems: string[]
}

/** Files whose change a consumer of the published packages can observe. */
const watched = [/^specs\//, /^packages\/[^/]+\/src\/generated\//, /^packages\/docs\/generated\//]
/** A top-level spec file is one method, named after it. */
const methodSpec = /^specs\/([^/]+)\.ts$/

function git(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0)
}

/** Finds the last release commit, or the first commit before any release. */
export function findReleaseBase(root: string): ReleaseBase {
  const changelog = git(root, ['log', '-1', '--format=%H', '--', 'packages/*/CHANGELOG.md'])
  if (changelog) return { commit: changelog, reason: 'last changelog commit' }
  // A repository can have several roots (merged histories); the oldest is the start of this one.
  const first = lines(git(root, ['rev-list', '--max-parents=0', 'HEAD'])).at(-1)
  if (!first) throw new Error(`${root}: no commits, so no release baseline`)
  return { commit: first, reason: 'first commit (no release yet)' }
}

/** Lists watched files that differ from `base` in the work tree, plus untracked ones. */
export function listChangedFiles(root: string, base: string): string[] {
  const tracked = lines(git(root, ['diff', '--name-only', '--no-renames', base, '--']))
  const untracked = lines(git(root, ['ls-files', '--others', '--exclude-standard']))
  const all = [...new Set([...tracked, ...untracked])]
  return all.filter((file) => watched.some((pattern) => pattern.test(file))).sort()
}

/** Reads a changeset's frontmatter (`"@b24kit/client": minor` lines) and summary. */
export function parseChangeset(file: string, text: string): PendingChangeset {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/.exec(text)
  if (!match) throw new Error(`${file}: expected a changeset (frontmatter between --- lines, then a summary)`)
  const packages: string[] = []
  for (const line of lines(match[1] ?? '')) {
    const release = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch|none)\s*$/.exec(line)
    if (!release?.[1])
      throw new Error(`${file}: expected "package": major|minor|patch in the frontmatter, received ${JSON.stringify(line)}`)
    if (release[2] !== 'none') packages.push(release[1])
  }
  return { file, packages, summary: (match[2] ?? '').trim() }
}

/** Reads every pending changeset (every `.changeset/*.md` but the README). */
export function readPendingChangesets(root: string): PendingChangeset[] {
  const dir = join(root, '.changeset')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md')
    .sort()
    .map((name) => parseChangeset(`.changeset/${name}`, readFileSync(join(dir, name), 'utf8')))
}

/** Whether `summary` names `method` as a whole word (so `crm.contact.delete` is not found in `crm.contact.deleted`). */
export function namesMethod(summary: string, method: string): boolean {
  const escaped = method.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(^|[^\\w.])${escaped}($|[^\\w])`).test(summary.replace(/\.(\s|$)/g, ' $1'))
}

/** Applies the policy to the repository at `root`. */
export function checkChangesets(root: string): ChangesetCheck {
  const base = findReleaseBase(root)
  const changed = listChangedFiles(root, base.commit)
  const changesets = readPendingChangesets(root).filter((cs) => cs.packages.length > 0)
  const problems: string[] = []
  const since = `since ${base.commit.slice(0, 7)} (${base.reason})`
  if (changed.length > 0 && changesets.length === 0) {
    const shown = changed.slice(0, 10).join(', ') + (changed.length > 10 ? `, and ${changed.length - 10} more` : '')
    problems.push(`${changed.length} spec or generated file(s) changed ${since} without a changeset: ${shown}. Run \`pnpm changeset\`.`)
  }
  for (const file of changed) {
    const method = methodSpec.exec(file)?.[1]
    if (!method || changesets.length === 0) continue
    if (!changesets.some((cs) => namesMethod(cs.summary, method))) {
      problems.push(`${file} changed ${since}, but no pending changeset names ${method}: add it to a changeset's summary.`)
    }
  }
  return { ok: problems.length === 0, base, changed, changesets, problems }
}

/** The CLI: `check-changesets [--root DIR]`; exits 1 on a problem. */
function main(): void {
  const { values } = parseArgs({ options: { root: { type: 'string', default: process.cwd() } } })
  const result = checkChangesets(values.root)
  const since = `${result.base.commit.slice(0, 7)} (${result.base.reason})`
  if (result.ok) {
    console.log(
      `changesets ok: ${result.changed.length} spec/generated file(s) changed since ${since}, ${result.changesets.length} pending changeset(s)`,
    )
    return
  }
  for (const problem of result.problems) console.error(problem)
  process.exitCode = 1
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main()
