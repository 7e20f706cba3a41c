/** Preloaded with `--import` by the MSW worker: registers redirect-hooks.mjs for BENCH_MOCK_TABLE. */
import { register } from 'node:module'
import { pathToFileURL } from 'node:url'

const table = process.env.BENCH_MOCK_TABLE
if (table) register('./redirect-hooks.mjs', import.meta.url, { data: { target: pathToFileURL(table).href } })
