#!/usr/bin/env -S tsx --conditions=source
/** `pnpm generate [--check]`: regenerates the packages from the specs, or checks they are current. */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { SpecValidationError } from '@b24kit/spec'
import type { CodegenConfig } from './config.js'
import { type GenerateReport, runGenerator } from './run-generator.js'

const usage = 'usage: pnpm generate [--check] [--root DIR] [--config FILE]'

function readFlags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        check: { type: 'boolean', default: false },
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

function printReport(report: GenerateReport, check: boolean): void {
  const out = process.stdout
  out.write(`b24kit generate: ${report.methods} method spec(s), ${report.files.length} files\n`)
  for (const t of report.timings) out.write(`  ${t.name.padEnd(12)} ${t.ms.toFixed(1).padStart(8)} ms  ${t.files} file(s)\n`)
  const { changed, stale, unchanged } = report.plan
  if (check) {
    if (changed.length === 0 && stale.length === 0) out.write(`up to date: ${unchanged} files match the specs\n`)
    for (const f of changed) out.write(`stale: ${f.path} differs from what the specs produce\n`)
    for (const p of stale) out.write(`stale: ${p} is not produced by any spec\n`)
    return
  }
  out.write(`wrote ${changed.length}, removed ${stale.length}, unchanged ${unchanged}\n`)
  for (const f of changed) out.write(`  wrote ${f.path}\n`)
  for (const p of stale) out.write(`  removed ${p}\n`)
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
    const report = await runGenerator({ root, config, check: flags.check })
    printReport(report, flags.check)
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
