/**
 * What importing `@b24kit/codegen` loads: every project's `b24kit.config.ts` imports it, so
 * `pnpm generate` pays for it on each run. The client's entry imports every method's module, so
 * the client must load only with `b24kit pull`, which uses it, not with the package.
 */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from 'vitest'

const run = promisify(execFile)
const packageDir = join(import.meta.dirname, '../..')

// A loader hook that names every file the import loads, on stderr.
const hooks = [
  'export async function load(url, context, next) {',
  "  if (url.startsWith('file:')) process.stderr.write('LOADED ' + url + '\\n')",
  '  return next(url, context)',
  '}',
].join('\n')
const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)})`

test('importing the package (its built dist) loads no module of @b24kit/client', async () => {
  const { stderr } = await run(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(register)}`, '--input-type=module', '-e', "await import('@b24kit/codegen')"],
    { cwd: packageDir },
  )
  const loaded = stderr.split('\n').filter((line) => line.startsWith('LOADED '))
  // The hook sees the package itself load, so an empty list below is not a hook that saw nothing.
  expect(loaded.some((line) => line.includes('/packages/codegen/dist/index.js'))).toBe(true)
  expect(loaded.filter((line) => line.includes('/packages/client/'))).toEqual([])
}, 60_000)
