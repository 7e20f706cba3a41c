/**
 * Bench worker: openapi-typescript 7 turning our own openapi.json into types, as its CLI does
 * (read, transform, print, write). Args: OPENAPI_JSON OUT_FILE. Sends time and maxRSS.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import openapiTS, { astToString } from 'openapi-typescript'
import { getPeakRssMb, sendResult } from './child.js'

const [input, output] = process.argv.slice(2)
if (!input || !output) throw new Error('usage: ots-worker OPENAPI_JSON OUT_FILE')
const start = performance.now()
const schema = JSON.parse(await readFile(input, 'utf8')) as Parameters<typeof openapiTS>[0]
const ast = await openapiTS(schema)
const text = astToString(ast)
await writeFile(output, text)
sendResult({ totalMs: performance.now() - start, bytes: text.length, peakRssMb: getPeakRssMb() })
