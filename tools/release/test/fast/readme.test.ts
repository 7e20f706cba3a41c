// The README's contributor steps: adding a method starts with `pnpm new-method` and says where entity
// fields go; the load check is described.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'

const root = join(import.meta.dirname, '..', '..', '..', '..')
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const section = (heading: string) => readme.split(`${heading}\n`)[1]?.split(/\n#{2,3} /)[0] ?? ''

test('"Adding a method" starts with pnpm new-method and says where entity fields go', () => {
  const adding = section('### Adding a method')
  expect(adding.match(/```sh\n\s*([^\n]*)/)?.[1]).toMatch(/^pnpm new-method /)
  expect(adding).toContain('specs/shared/entities.ts')
})

test('"Testing" describes the load check script', () => {
  expect(section('### Testing')).toContain('tools/scripts/test-under-load.sh')
})
