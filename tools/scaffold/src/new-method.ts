/** `pnpm new-method <name>`: writes specs/<name>.ts (a skeleton the validator accepts once its TODOs are filled) and a changeset. */
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FlagError, type FlagTable, formatHelp, readFlags } from '@b24kit/spec/cli-flags'
import { createSpecSkeleton } from './skeleton.js'

export { createSpecSkeleton }

/** Every flag of `pnpm new-method`, with its meaning and default; `--help` prints this table. */
export const newMethodFlags = {
  root: { type: 'string', value: 'DIR', meaning: 'the repository to write into', defaultText: 'this repository' },
  version: { type: 'boolean', default: false, meaning: 'print the version and exit' },
  help: { type: 'boolean', short: 'h', default: false, meaning: 'print this help and exit' },
} as const satisfies FlagTable

const help = {
  usage: 'pnpm new-method <name> [flags]',
  about:
    'Writes specs/<name>.ts, a skeleton shaped by the verb (get, list, add, update, delete, fields), and a changeset\nnaming the method. Fill in its TODO texts: `pnpm generate` names each one still left, by its field.',
}

/** The rule the spec model applies to method names (packages/spec/src/model.ts). */
const methodName = /^[a-z][a-z0-9]*(\.[a-z][a-z0-9_]*)+$/

/** Thrown for a bad name or a file that already exists; the message says what to do. */
export class ScaffoldError extends Error {
  override name = 'ScaffoldError'
}

/** The changeset naming the method, as the changesets policy asks. */
export function createChangeset(name: string): string {
  return `---
"@b24kit/client": minor
"@b24kit/mock": minor
"@b24kit/docs": minor
---

${name}: new method.
`
}

/** Writes both files under `root`; refuses a bad name or an existing file. Returns the paths written. */
export async function writeNewMethod(root: string, name: string | undefined): Promise<string[]> {
  if (!name || !methodName.test(name))
    throw new ScaffoldError(`Expected a lower-case dotted method name such as crm.quote.delete, received ${JSON.stringify(name ?? '')}`)
  const spec = join('specs', `${name}.ts`)
  const changeset = join('.changeset', `${name.replaceAll('.', '-')}.md`)
  for (const path of [spec, changeset])
    if (existsSync(join(root, path))) throw new ScaffoldError(`${path} already exists: edit it, or pick another method name`)
  await mkdir(join(root, '.changeset'), { recursive: true })
  await writeFile(join(root, spec), createSpecSkeleton(name))
  await writeFile(join(root, changeset), createChangeset(name))
  return [spec, changeset]
}

/** Runs the command line; returns the exit code. */
export async function runNewMethod(argv: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  let parsed: ReturnType<typeof readFlags<typeof newMethodFlags>>
  try {
    parsed = readFlags(newMethodFlags, argv, { positionals: true })
  } catch (error) {
    if (!(error instanceof FlagError)) throw error
    err(`new-method: ${error.message}\nRun pnpm new-method --help for the flags.`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    out(formatHelp(newMethodFlags, help).trimEnd())
    return 0
  }
  if (values.version) {
    out((JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version)
    return 0
  }
  const root = resolve(values.root ?? resolve(fileURLToPath(import.meta.url), '../../../..'))
  try {
    for (const path of await writeNewMethod(root, positionals[0])) out(`wrote ${path}`)
    out('Fill in the TODOs, then run `pnpm generate`: the validator names each field still missing.')
    return 0
  } catch (error) {
    if (!(error instanceof ScaffoldError)) throw error
    err(`new-method: ${error.message}`)
    return 1
  }
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  process.exitCode = await runNewMethod(process.argv.slice(2), console.log, console.error)
}
