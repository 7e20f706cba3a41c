/** The flags of `pnpm generate`: one row each, with its meaning and default; `--help` prints this table. */
import type { FlagTable } from '@b24kit/spec/cli-flags'

/** Every flag of `pnpm generate`. */
export const generateFlags = {
  check: { type: 'boolean', default: false, meaning: 'write nothing; exit 1 naming each stale file (what the tests run)' },
  verbose: { type: 'boolean', default: false, meaning: 'list every file written or removed, beside the line per emitter' },
  root: { type: 'string', value: 'DIR', meaning: 'the repository root', defaultText: 'the current folder' },
  config: { type: 'string', value: 'FILE', meaning: 'the codegen config, relative to the root', defaultText: 'b24kit.config.ts' },
  version: { type: 'boolean', default: false, meaning: 'print the version and exit' },
  help: { type: 'boolean', short: 'h', default: false, meaning: 'print this help and exit' },
} as const satisfies FlagTable

/** What `--help` prints above the flags. */
export const generateHelp = {
  usage: 'pnpm generate [flags]',
  about: 'Loads and validates specs/*.ts and rewrites the generated client, mock, docs and OpenAPI files that changed.',
}
