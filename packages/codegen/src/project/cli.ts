/**
 * `b24kit`: b24kit in a user's own project.
 * - `b24kit init` writes `b24kit.config.ts` and `specs/`;
 * - `b24kit pull --webhook URL` writes the portal's custom fields and smart processes to `specs/portal/`;
 * - `b24kit generate [--check]` writes the typed client module and the mock table from the entries.
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { SpecValidationError } from '@b24kit/spec'
import { FlagError, formatHelp, readFlags } from '@b24kit/spec/cli-flags'
import { printClientModule, printMockTableModule } from './emit-project.js'
import { projectFlags, projectHelp } from './flags.js'
import { importProjectModules } from './load-modules.js'
import { loadProject, readShippedFacts } from './load-project.js'
import { defaultProjectConfig, type ProjectConfig, printConfigFile, specsReadme } from './project-config.js'
import { type PortalAccess, pullPortal } from './pull.js'
import { redactSecrets } from './redact.js'

/** A command line the user must fix: printed as is, exit 2. */
class UsageError extends Error {}

async function readConfig(root: string, file: string | undefined): Promise<ProjectConfig> {
  const path = resolve(root, file ?? 'b24kit.config.ts')
  if (!existsSync(path)) {
    if (file) throw new UsageError(`--config: no such file ${JSON.stringify(file)}`)
    return defaultProjectConfig
  }
  const [loaded] = await importProjectModules(root, [path])
  return { ...defaultProjectConfig, ...(loaded?.value as Partial<ProjectConfig>) }
}

/** Writes `files` where they differ from the disk, or with `check` lists the stale ones. */
async function writeOutputs(root: string, files: Record<string, string>, check: boolean): Promise<{ written: string[]; stale: string[] }> {
  const written: string[] = []
  const stale: string[] = []
  for (const [path, text] of Object.entries(files)) {
    const abs = resolve(root, path)
    const current = await readFile(abs, 'utf8').catch(() => undefined)
    if (current === text) continue
    if (check) stale.push(path)
    else {
      await mkdir(dirname(abs), { recursive: true })
      await writeFile(abs, text)
      written.push(path)
    }
  }
  return { written, stale }
}

async function runGenerate(root: string, config: ProjectConfig, check: boolean, print: (line: string) => void): Promise<number> {
  const shipped = await readShippedFacts()
  const set = await loadProject(root, config.specs, shipped)
  const files = {
    [join(config.out, 'index.ts')]: printClientModule(set, shipped),
    [join(config.out, 'mock-table.ts')]: printMockTableModule(set),
  }
  const { written, stale } = await writeOutputs(root, files, check)
  const counts = `${set.methods.length} method(s), ${set.customFields.reduce((n, e) => n + e.entry.fields.length, 0)} custom field(s), ${set.smartProcesses.length} smart process(es)`
  if (check && stale.length) {
    for (const path of stale) print(`stale: ${path}`)
    print('generated files are stale: run `npx b24kit generate` and commit the result')
    return 1
  }
  print(check ? `up to date: ${counts}` : `generated ${counts}: ${written.length ? `wrote ${written.join(', ')}` : 'nothing changed'}`)
  return 0
}

async function runInit(root: string, print: (line: string) => void): Promise<number> {
  const files: Record<string, string> = { 'b24kit.config.ts': printConfigFile(defaultProjectConfig), 'specs/README.md': specsReadme }
  for (const path of Object.keys(files)) {
    if (existsSync(resolve(root, path))) throw new UsageError(`b24kit init: ${path} exists already; nothing was written`)
  }
  await writeOutputs(root, files, false)
  print('wrote b24kit.config.ts and specs/README.md; next: `npx b24kit pull --webhook URL`, then `npx b24kit generate`')
  return 0
}

function readAccess(flags: { webhook?: string; portal?: string }): PortalAccess {
  const webhookUrl = flags.webhook ?? process.env.B24KIT_WEBHOOK
  if (webhookUrl) {
    if (!/^https?:\/\/[^/]+\/rest\/\d+\/[^/]+\/?$/.test(webhookUrl))
      throw new UsageError('--webhook: expected https://<portal>/rest/<user id>/<code>/')
    return { webhookUrl }
  }
  const token = process.env.B24KIT_ACCESS_TOKEN
  if (flags.portal && token) return { portalUrl: flags.portal, accessToken: token }
  throw new UsageError('b24kit pull: give --webhook URL (or B24KIT_WEBHOOK), or --portal URL with B24KIT_ACCESS_TOKEN')
}

/** Runs one command line; returns the exit code. Output goes through `out` and `err`, secrets redacted. */
export async function runProjectCli(
  argv: readonly string[],
  io: { out: (s: string) => void; err: (s: string) => void; cwd: string },
): Promise<number> {
  let secrets: string[] = []
  const say = (line: string) => io.out(`${redactSecrets(line, secrets)}\n`)
  try {
    const { values: flags, positionals } = readFlags(projectFlags, argv, { positionals: true })
    if (flags.help || positionals.length === 0) {
      io.out(formatHelp(projectFlags, projectHelp))
      return flags.help ? 0 : 2
    }
    const [command, ...rest] = positionals
    if (rest.length) throw new UsageError(`b24kit ${command}: unexpected argument ${JSON.stringify(rest[0])}`)
    const root = resolve(io.cwd, flags.root ?? '.')
    if (command === 'init') return await runInit(root, say)
    const config = await readConfig(root, flags.config)
    if (command === 'generate') return await runGenerate(root, config, flags.check ?? false, say)
    if (command === 'pull') {
      const access = readAccess(flags)
      secrets = 'webhookUrl' in access ? [access.webhookUrl.replace(/\/$/, '').split('/').pop() as string] : [access.accessToken]
      await pullPortal({
        root,
        specsDir: config.specs,
        access,
        shipped: await readShippedFacts(),
        lang: flags.lang,
        dryRun: flags['dry-run'],
        print: say,
      })
      return 0
    }
    throw new UsageError(`b24kit: unknown command ${JSON.stringify(command)}; expected init, pull or generate`)
  } catch (error) {
    if (error instanceof UsageError || error instanceof FlagError) {
      io.err(`${redactSecrets(error.message, secrets)}\n`)
      return 2
    }
    if (error instanceof SpecValidationError) {
      io.err(`${error.message}\nNo file was written.\n`)
      return 1
    }
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    io.err(`b24kit: ${redactSecrets(text, secrets)}\n`)
    return 1
  }
}
