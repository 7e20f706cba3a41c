/** The config of a user's project (`b24kit.config.ts`): where its spec entries are and where the output goes. */

export interface ProjectConfig {
  /** The spec entries folder, relative to the project (`specs`); `b24kit pull` writes `<specs>/portal/`. */
  specs: string
  /** Where `b24kit generate` writes `index.ts` and `mock-table.ts` (`src/b24`). */
  out: string
}

/** The defaults `b24kit init` writes. */
export const defaultProjectConfig: ProjectConfig = { specs: 'specs', out: 'src/b24' }

/** Declares the project's config, with editor completion. */
export function defineProjectConfig(config: Partial<ProjectConfig>): Partial<ProjectConfig> {
  return config
}

/** The `b24kit.config.ts` `b24kit init` writes. */
export function printConfigFile(config: ProjectConfig): string {
  return [
    "import { defineProjectConfig } from '@b24kit/codegen'",
    '',
    '/** Where your spec entries are, and where `b24kit generate` writes the client and the mock table. */',
    `export default defineProjectConfig({ specs: '${config.specs}', out: '${config.out}' })`,
    '',
  ].join('\n')
}

/** The `specs/README.md` `b24kit init` writes. */
export const specsReadme = `# Spec entries

Your portal's own facts, one file each, beside the methods b24kit ships:

- \`portal/\`: written by \`npx b24kit pull --webhook URL\` (custom fields, smart processes); pull rewrites it.
- Your own files: \`defineCustomFields\`, \`defineSmartProcess\` or \`defineMethod\` from \`@b24kit/spec\`
  (a method of your portal's own module, named like its file: \`vendor.thing.get.ts\`).

Then \`npx b24kit generate\` writes \`src/b24/index.ts\` (\`createClient\`, typed) and \`src/b24/mock-table.ts\`
(for \`createMockPortal({ table })\`); \`npx b24kit generate --check\` in CI fails when they are stale.
`
