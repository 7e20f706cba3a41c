#!/usr/bin/env -S tsx --conditions=source
/** `pnpm generate [--check] [--verbose]`: regenerates the packages from the specs, or checks they are current. */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { SpecValidationError } from '@b24kit/spec'
import type { CodegenConfig } from './config.js'
import { createProgress, formatReport } from './print-report.js'
import { runGenerator } from './run-generator.js'

const usage = 'usage: pnpm generate [--check] [--verbose] [--root DIR] [--config FILE]'

function readFlags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        check: { type: 'boolean', default: false },
        // One line per emitter and a total by default; --verbose lists every file as well.
        verbose: { type: 'boolean', default: false },
        root: { type: 'string' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
      strict: true,
    }).values
  } catch (error) {
    // node's message names the flag ("Unknown option '--chek'"); add what is accepted.
    process.stderr.write(`b24kit generate: ${(error as Error).message}\n${usage}\n`)
    process.exit(2)
  }
}

async function main(): Promise<void> {
  const flags = readFlags(process.argv.slice(2))
  if (flags.help) {
    process.stdout.write(`${usage}\n`)
    return
  }
  const root = resolve(flags.root ?? process.cwd())
  const configFile = resolve(root, flags.config ?? 'b24kit.config.ts')
  const config = ((await import(pathToFileURL(configFile).href)) as { default: CodegenConfig }).default
  try {
    const progress = createProgress(process.stderr)
    const started = performance.now()
    const report = await runGenerator({ root, config, check: flags.check, onStep: progress.onStep }).finally(progress.done)
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
