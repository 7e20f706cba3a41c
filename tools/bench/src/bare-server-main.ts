/** Runs the bare baseline server in its own process: `bare-server-main BODY_FILE [STATUS]`; prints its URL. */
import { readFile } from 'node:fs/promises'
import { startBareServer } from './bare-server.js'

const file = process.argv[2]
if (!file) throw new Error('usage: bare-server-main BODY_FILE [STATUS]')
const server = await startBareServer(await readFile(file, 'utf8'), Number(process.argv[3] ?? 200))
process.stdout.write(`${server.url}\n`)
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)))
