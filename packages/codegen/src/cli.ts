#!/usr/bin/env -S tsx --conditions=source
/** `pnpm generate [--check] [--verbose]`: regenerates the packages from the specs, or checks they are current. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { SpecValidationError } from '@b24kit/spec'
import { FlagError, formatHelp, readFlags } from '@b24kit/spec/cli-flags'
import type { CodegenConfig } from './config.js'
import { generateFlags, generateHelp } from './generate-flags.js'
import { createProgress, formatReport } from './print-report.js'
import { runGenerator } from './run-generator.js'

function readCliFlags(argv: string[]) {
  try {
    return readFlags(generateFlags, argv).values
  } catch (error) {
    if (!(error instanceof FlagError)) throw error
    process.stderr.write(`b24kit generate: ${error.message}\nRun pnpm generate --help for the flags.\n`)
    process.exit(2)
  }
}

async function main(): Promise<void> {
  const flags = readCliFlags(process.argv.slice(2))
  if (flags.help) {
    process.stdout.write(formatHelp(generateFlags, generateHelp))
    return
  }
  if (flags.version) {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
    process.stdout.write(`${version}\n`)
    return
  }
  const root = resolve(flags.root ?? process.cwd())
  const configFile = resolve(root, flags.config ?? 'b24kit.config.ts')
  const config = ((await import(pathToFileURL(configFile).href)) as { default: CodegenConfig }).default
  try {
    const progress = createProgress(process.stderr)
    const started = performance.now()
    const report = await runGenerator({ root, config, configFile, check: flags.check, onStep: progress.onStep }).finally(progress.done)
    const ms = performance.now() - started
    process.stdout.write(`${formatReport(report, { check: flags.check, verbose: flags.verbose, ms }).join('\n')}\n`)
    if (flags.check && (report.plan.changed.length > 0 || report.plan.stale.length > 0)) {
      process.stderr.write('generated files are stale: run `pnpm generate` and commit the result\n')
      process.exitCode = 1
    }
  } catch (error) {
    if (error instanceof SpecValidationError) {
      process.stderr.write(`${error.message}\nNo file was written.\n`)
      process.exitCode = 1
      return
    }
    throw error
  }
}

await main()
