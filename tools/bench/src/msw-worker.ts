/**
 * Bench worker: per-request cost of the mock's MSW handlers, resolved with msw's own `getResponse`
 * (the matching and handler call MSW does per request, without a network interceptor). The method
 * table comes from BENCH_MOCK_TABLE (see redirect-register.ts). Args: METHOD COUNT.
 */
import { createMockPortal } from '@b24kit/mock'
import { getResponse } from 'msw'
import { sendResult } from './child.js'

const [method, countArg] = process.argv.slice(2)
const count = Number(countArg)
if (!method || !count) throw new Error('usage: msw-worker METHOD COUNT')
const warmup = 1000
const contacts = Array.from({ length: count + warmup }, (_, i) => ({ ID: i + 1, NAME: `Bench ${i + 1}` }))
const portal = createMockPortal({ seed: { contact: contacts }, plan: 'off' })
const url = `${portal.webhookUrlAt('https://bench.bitrix24.ru')}${method}`

async function call(id: number): Promise<void> {
  const request = new Request(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ id }) })
  const response = await getResponse(portal.handlers, request)
  if (response?.status !== 200) throw new Error(`${method} answered ${response?.status}: ${await response?.text()}`)
}

let id = 0
for (let i = 0; i < warmup; i++) await call(++id)
const start = performance.now()
for (let i = 0; i < count; i++) await call(++id)
const perRequestMs = (performance.now() - start) / count
sendResult({ perRequestMs })
