// A consumer of the installed packages: starts the `b24kit-mock` CLI, deletes contact 50 with the client, then
// gets the not-found error. Runs on whichever Node runs it; the mock runs on the same one.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { B24ApiError, createClient } from '@b24kit/client'

/** Starts the CLI through its `node_modules/.bin` link and reads the two lines it prints. */
function startMockCli(): Promise<{ url: string; webhookUrl: string; stop: () => void }> {
  const bin = join(process.cwd(), 'node_modules', '.bin', 'b24kit-mock')
  const child = spawn(process.execPath, [bin, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error('b24kit-mock printed no address within 20 s')), 20_000)
    child.on('exit', (code) => reject(new Error(`b24kit-mock exited early with code ${String(code)}`)))
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      out += chunk
      const url = /^b24kit-mock listening on (http:\/\/127\.0\.0\.1:\d+)\s*$/m.exec(out)?.[1]
      const webhookUrl = /^webhook: (http:\/\/\S+\/)\s*$/m.exec(out)?.[1]
      if (url && webhookUrl) {
        clearTimeout(timer)
        resolve({ url, webhookUrl, stop: () => child.kill() })
      }
    })
  })
}

/** Never called: the compiler checks that wrong calls are refused by the published types. */
export function refusedCalls(b24: ReturnType<typeof createClient>): void {
  // @ts-expect-error the id is required
  void b24.crm.contact.delete({})
  // @ts-expect-error there is no such method
  void b24.crm.contact.remove({ id: 50 })
}

const mock = await startMockCli()
try {
  if (!mock.webhookUrl.startsWith(`${mock.url}/rest/`)) throw new Error('the webhook line is not on the listening address')
  const b24 = createClient({ webhookUrl: mock.webhookUrl, allowInsecureLoopback: true })
  const deleted: boolean = await b24.crm.contact.delete({ id: 50 })
  if (deleted !== true) throw new Error(`first delete: expected true, got ${JSON.stringify(deleted)}`)
  let kind = 'no error'
  try {
    await b24.crm.contact.delete({ id: 50 })
  } catch (error) {
    if (!(error instanceof B24ApiError)) throw error
    kind = error.kind
  }
  if (kind !== 'notFound') throw new Error(`second delete: expected a notFound B24ApiError, got ${kind}`)
  console.log(`consumer ok on node ${process.version}: crm.contact.delete(50) -> true, then notFound`)
} finally {
  mock.stop()
}
