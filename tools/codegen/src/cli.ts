#!/usr/bin/env -S tsx --conditions=source
import { readFileSync } from 'node:fs'
/** `pnpm generate [--check]`: regenerates the packages from the specs, or checks they are current. */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { SpecValidationError } from '@b24kit/spec'
import { FlagError, formatHelp, readFlags } from '@b24kit/spec/cli-flags'
import type { CodegenConfig } from './config.js'
import { generateFlags, generateHelp } from './generate-flags.js'
import { type GenerateReport, runGenerator } from './run-generator.js'

function readCliFlags(argv: string[]) {
  try {
    return readFlags(generateFlags, argv).values
  } catch (error) {
    if (!(error instanceof FlagError)) throw error
    process.stderr.write(`b24kit generate: ${error.message}\nRun pnpm generate --help for the flags.\n`)
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
