/** `pnpm --filter @b24kit/docs build`: renders generated/ (ru, en) into the static site in html/. */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildSite } from './site.js'

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const report = await buildSite({
  generatedDir: join(packageDir, 'generated'),
  guidesDir: join(packageDir, 'guides'),
  outDir: join(packageDir, 'html'),
})
for (const warning of report.warnings) process.stderr.write(`warning: ${warning}\n`)
process.stdout.write(`@b24kit/docs: wrote ${report.pages.length} pages to html/\n`)
