/**
 * The emitters of b24kit.config.ts, the one list: the bench imports the config itself (its output
 * paths are relative to whatever root the generator runs in), so an emitter added there is
 * measured here without a second list to keep.
 */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { CodegenConfig } from '@b24kit/codegen'
import { repoRoot } from './child.js'

/** The repository's generator config file. */
export const configFile = join(repoRoot, 'b24kit.config.ts')

/** The repository's generator config, as `pnpm generate` loads it. */
export async function loadConfig(): Promise<CodegenConfig> {
  return ((await import(pathToFileURL(configFile).href)) as { default: CodegenConfig }).default
}

/**
 * Throws unless a run timed every emitter of the config: a figure for "all our emitters" that
 * left one out would not be the generator's.
 */
export function assertEveryEmitter(configured: readonly string[], ran: readonly string[]): void {
  const missing = configured.filter((name) => !ran.includes(name))
  if (missing.length) throw new Error(`the run left out emitters of b24kit.config.ts: ${missing.join(', ')}`)
}
