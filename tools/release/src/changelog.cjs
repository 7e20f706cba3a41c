// @ts-check
/**
 * The changesets changelog function for b24kit: each entry leads with the spec methods its
 * changeset names, so a reader of CHANGELOG.md sees which Bitrix24 methods changed before reading
 * the prose. Plain CommonJS because @changesets/cli `require()`s it as it is, without a build.
 *
 * A method is named when the summary mentions a method that has a spec (`specs/<method>.ts`) or a
 * method-shaped name in backticks (a removed method has no spec file left). The changesets check
 * (`check-changesets.ts`) makes sure every changed spec is named by some changeset.
 */
const { existsSync, readdirSync } = require('node:fs')
const { dirname, join } = require('node:path')

/** A method name: lowercase dotted words, at least two of them (`user.get`, `crm.contact.delete`). */
const methodShape = /^[a-z][a-zA-Z0-9_]*(\.[a-zA-Z0-9_]+)+$/

/**
 * Finds the repository root from `start` (the folder holding `.changeset/config.json`).
 * @param {string} start
 * @returns {string | undefined}
 */
function findRoot(start) {
  let dir = start
  for (;;) {
    if (existsSync(join(dir, '.changeset', 'config.json'))) return dir
    const parent = dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

/**
 * Lists the methods that have a spec file.
 * @param {string} specsDir
 * @returns {string[]}
 */
function listSpecMethods(specsDir) {
  if (!existsSync(specsDir)) return []
  return readdirSync(specsDir)
    .filter((name) => name.endsWith('.ts') && methodShape.test(name.slice(0, -3)))
    .map((name) => name.slice(0, -3))
}

/**
 * The methods a summary names, in the order it names them.
 * @param {string} summary
 * @param {readonly string[]} knownMethods
 * @returns {string[]}
 */
function findNamedMethods(summary, knownMethods) {
  /** @type {{ method: string, at: number }[]} */
  const found = []
  for (const method of knownMethods) {
    const escaped = method.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const at = summary.search(new RegExp(`(^|[^\\w.])${escaped}(?![\\w]|\\.\\w)`))
    if (at >= 0) found.push({ method, at })
  }
  for (const match of summary.matchAll(/`([^`\s]+)`/g)) {
    const name = match[1] ?? ''
    if (methodShape.test(name) && !name.endsWith('.ts') && !name.endsWith('.json')) found.push({ method: name, at: match.index ?? 0 })
  }
  found.sort((a, b) => a.at - b.at)
  return [...new Set(found.map((f) => f.method))]
}

/**
 * Formats one entry: the named methods and the commit first, then the summary (minus a leading
 * `method:` that would repeat them), as `- \`crm.contact.delete\` (abc1234): text`.
 * @param {string} summary
 * @param {readonly string[]} methods
 * @param {string | undefined} commit
 * @returns {string}
 */
function formatEntry(summary, methods, commit) {
  const [first = '', ...rest] = summary.split('\n').map((line) => line.trimEnd())
  let head = first
  for (const method of methods) if (head.startsWith(`${method}:`)) head = head.slice(method.length + 1).trimStart()
  const names = methods.map((m) => `\`${m}\``).join(', ')
  const short = commit ? commit.slice(0, 7) : ''
  const lead = [names, names && short ? `(${short})` : short].filter(Boolean).join(' ')
  const more = rest.length > 0 ? `\n${rest.map((line) => (line ? `  ${line}` : '')).join('\n')}` : ''
  return `- ${lead ? `${lead}: ` : ''}${head}${more}`
}

/** @type {(changeset: { summary: string, commit?: string }, type: string, options: { specsDir?: string } | null) => Promise<string>} */
const getReleaseLine = async (changeset, _type, options) => {
  const root = findRoot(process.cwd())
  const specsDir = root ? join(root, options?.specsDir ?? 'specs') : undefined
  const methods = findNamedMethods(changeset.summary, specsDir ? listSpecMethods(specsDir) : [])
  return formatEntry(changeset.summary, methods, changeset.commit)
}

/** @type {(changesets: readonly { commit?: string }[], dependencies: readonly { name: string, newVersion: string }[]) => Promise<string>} */
const getDependencyReleaseLine = async (_changesets, dependencies) => {
  if (dependencies.length === 0) return ''
  return ['- Updated dependencies', ...dependencies.map((d) => `  - ${d.name}@${d.newVersion}`)].join('\n')
}

module.exports = { getReleaseLine, getDependencyReleaseLine, findNamedMethods, formatEntry, listSpecMethods }
