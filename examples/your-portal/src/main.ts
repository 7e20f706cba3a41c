/** Runs the app against a portal: `B24_WEBHOOK=https://<portal>/rest/1/<code>/ npm start`. */
import { registerCustomer } from './app.js'
import { createClient } from './b24/index.js'

const webhookUrl = process.env.B24_WEBHOOK
if (!webhookUrl) {
  process.stderr.write('set B24_WEBHOOK to an incoming webhook URL, such as the one b24kit-mock prints\n')
  process.exit(2)
}
// Plain HTTP is refused except on loopback, where b24kit-mock runs.
const b24 = createClient({ webhookUrl, allowInsecureLoopback: true })
process.stdout.write(`${JSON.stringify(await registerCustomer(b24, 'Ann'))}\n`)
