/**
 * Type cross-check: openapi-typescript turns openapi.json into types, and tsc proves that the
 * client's generated param and result types (and `Time`) agree with them in both directions. Two
 * deliberately drifted copies of the document show the check fails in each direction.
 */
import { execFile } from 'node:child_process'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import openapiTS, { astToString } from 'openapi-typescript'
import { describe, expect, it } from 'vitest'
import { packageDir, repoRoot } from './paths.js'

const run = promisify(execFile)
const artifacts = join(packageDir, 'test-artifacts/types')

type OpenApiDoc = { components: { schemas: Record<string, { properties?: Record<string, Record<string, unknown>>; required?: string[] }> } }

async function readDocument(): Promise<OpenApiDoc> {
  return JSON.parse(await readFile(join(packageDir, 'generated/openapi.json'), 'utf8')) as OpenApiDoc
}

/** The schema names the client also exports: every method's Params and Result, and Time. */
function getCheckedNames(doc: OpenApiDoc): string[] {
  return Object.keys(doc.components.schemas).filter((n) => /(Params|Result)$/.test(n) || n === 'Time')
}

/**
 * Writes the openapi-typescript types and a check file into `dir`; resolves to tsc's diagnostics
 * about the check file ('' when clean). Diagnostics inside the client's own sources are the
 * client's typecheck task's business, not this cross-check's.
 */
async function checkAgainstClient(doc: OpenApiDoc, dir: string): Promise<string> {
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'openapi.ts'), astToString(await openapiTS(doc as never)))
  const names = getCheckedNames(doc)
  const checks = names.map((n) => `export const agree${n}: Agree<client.${n}, components['schemas']['${n}']> = true`)
  await writeFile(
    join(dir, 'check.ts'),
    [
      "import type * as client from '@b24kit/client'",
      "import type { components } from './openapi.js'",
      '/** true when each type is assignable to the other. */',
      'type Agree<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false',
      ...checks,
      '',
    ].join('\n'),
  )
  await writeFile(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: join(repoRoot, 'tsconfig.base.json'),
      compilerOptions: { noEmit: true, types: ['node'] },
      files: ['check.ts'],
    }),
  )
  try {
    await run(join(repoRoot, 'node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json'), '--pretty', 'false'], { cwd: packageDir })
    return ''
  } catch (error) {
    const out = String((error as { stdout?: string }).stdout ?? error)
    return out
      .split('\n')
      .filter((line) => /(^|\/)check\.ts\(\d+,\d+\): error/.test(line))
      .join('\n')
  }
}

describe('client types against openapi-typescript types', () => {
  it('agree in both directions for every method and for time', async () => {
    const doc = await readDocument()
    expect(getCheckedNames(doc)).toEqual(expect.arrayContaining(['CrmContactDeleteParams', 'CrmContactDeleteResult', 'Time']))
    expect(await checkAgainstClient(doc, join(artifacts, 'current'))).toBe('')
  })

  it('fails when the document asks for more than the client sends', async () => {
    const doc = await readDocument()
    const params = doc.components.schemas.CrmContactDeleteParams!
    params.properties!.extra = { type: 'string' }
    params.required = [...(params.required ?? []), 'extra']
    const out = await checkAgainstClient(doc, join(artifacts, 'stricter'))
    expect(out).toMatch(/check\.ts\(\d+,\d+\): error TS2322/)
    expect(out.split('\n')).toHaveLength(1)
  })

  it('fails when the document allows what the client type does not', async () => {
    const doc = await readDocument()
    doc.components.schemas.CrmContactDeleteResult = { type: 'boolean' } as never
    const out = await checkAgainstClient(doc, join(artifacts, 'looser'))
    expect(out).toMatch(/check\.ts\(\d+,\d+\): error TS2322/)
  })
})
