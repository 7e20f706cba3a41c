/**
 * `pnpm demo`: the generated client deletes contact 50 on the mock portal's default store over real
 * HTTP on loopback, then shows the not-found error a second delete gets. It runs the built packages
 * (dist), so it also proves the build.
 */
import { relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { B24ApiError, createClient } from '@b24kit/client'
import { startMockServer } from '@b24kit/mock'

const root = resolve(fileURLToPath(import.meta.url), '../../../..')
const show = (path: string) => relative(process.cwd(), resolve(root, path)) || '.'

const server = await startMockServer({ port: 0, host: '127.0.0.1' })
try {
  console.log(`mock portal listening on ${server.url} (default store: contact 50)`)
  const b24 = createClient({ webhookUrl: server.webhookUrl, allowInsecureLoopback: true })

  const deleted = await b24.crm.contact.delete({ id: 50 })
  console.log(`crm.contact.delete({ id: 50 }) -> ${JSON.stringify(deleted)}`)

  try {
    await b24.crm.contact.delete({ id: 50 })
    throw new Error('the second delete should have failed: contact 50 is gone')
  } catch (error) {
    if (!(error instanceof B24ApiError)) throw error
    console.log(
      `crm.contact.delete({ id: 50 }) again -> B24ApiError kind=${error.kind} status=${error.status} code=${JSON.stringify(error.code)} description=${JSON.stringify(error.description)}`,
    )
  }

  console.log('\ndocs and OpenAPI, generated from specs/crm.contact.delete.ts:')
  console.log(`  Markdown (ru): ${show('packages/docs/generated/ru/crm-contact-delete.md')}`)
  console.log(`  Markdown (en): ${show('packages/docs/generated/en/crm-contact-delete.md')}`)
  console.log(`  HTML:          ${show('packages/docs/html/index.html')}`)
  console.log(`  OpenAPI 3.1:   ${show('packages/docs/generated/openapi.json')}`)
} finally {
  await server.close()
}
