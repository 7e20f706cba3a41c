/**
 * The Python snippet of the mock's README ("Testing an app in another language"), run as written
 * with python3 against the CLI: urllib with the saved certificate as its only trust, so the README
 * cannot show a snippet that does not work.
 */
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import { describe, expect, inject, it } from 'vitest'
import { getWebhookUrl } from './fixture.js'

const run = promisify(execFile)
const mock = inject('mock')
const readme = new URL('../../../packages/mock/README.md', import.meta.url)

/** The first ```python block after the section's heading. */
async function readPythonSnippet(): Promise<string> {
  const text = await readFile(readme, 'utf8')
  const section = text.slice(text.indexOf('## Testing an app in another language'))
  const code = /```python\n([\s\S]*?)```/.exec(section)?.[1]
  if (!code) throw new Error('packages/mock/README.md has no python block in "Testing an app in another language"')
  return code
}

describe('the README Python snippet', () => {
  it('adds, reads and gets the typed error over verified HTTPS with the standard library only', async () => {
    const code = await readPythonSnippet()
    const { stdout } = await run('python3', ['-c', code], {
      env: { ...process.env, B24_WEBHOOK: getWebhookUrl(mock), B24_CA: mock.certificate },
    })
    expect(stdout).toBe('Anna\n400 ERROR_CORE\n')
  })

  it('fails without the certificate: the snippet verifies TLS', async () => {
    const code = await readPythonSnippet()
    const env = { ...process.env, B24_WEBHOOK: getWebhookUrl(mock), B24_CA: '/etc/ssl/certs/ca-certificates.crt' }
    await expect(run('python3', ['-c', code], { env })).rejects.toMatchObject({
      stderr: expect.stringContaining('CERTIFICATE_VERIFY_FAILED'),
    })
  })
})
