/** The flags of `b24kit`: one row each, with its meaning and default; `--help` prints this table. */
import type { FlagTable } from '@b24kit/spec/cli-flags'

/** Every flag of `b24kit`, for all three commands. */
export const projectFlags = {
  check: { type: 'boolean', default: false, meaning: 'generate: write nothing; exit 1 naming each stale file (for CI)' },
  webhook: {
    type: 'string',
    value: 'URL',
    meaning: 'pull: the portal by an incoming webhook, https://<portal>/rest/<user>/<code>/',
    defaultText: 'the B24KIT_WEBHOOK variable',
  },
  portal: {
    type: 'string',
    value: 'URL',
    meaning: 'pull: the portal by OAuth, with the token in B24KIT_ACCESS_TOKEN',
    defaultText: 'none',
  },
  'dry-run': { type: 'boolean', default: false, meaning: 'pull: print the entries and the changes; write nothing' },
  lang: { type: 'string', default: 'en', value: 'LANG', meaning: 'pull: the language of the field labels written' },
  root: { type: 'string', value: 'DIR', meaning: 'the project folder', defaultText: 'the current folder' },
  config: { type: 'string', value: 'FILE', meaning: 'the config, relative to the project', defaultText: 'b24kit.config.ts' },
  help: { type: 'boolean', short: 'h', default: false, meaning: 'print this help and exit' },
} as const satisfies FlagTable

/** What `--help` prints above the flags. */
export const projectHelp = {
  usage: 'b24kit <init|pull|generate> [flags]',
  about:
    "b24kit in your project: `init` writes b24kit.config.ts and specs/; `pull` writes your portal's custom fields and smart\nprocesses to specs/portal/; `generate` writes the typed client (src/b24/index.ts) and the mock table from specs/.",
}
