import { describe, expect, it } from 'vitest'
import type { EmitContext } from '../../emitter.js'
import { sampleDeleteSpec, sampleFindSpec, sampleSpecSet } from '../docs/fixtures/sample-specs.js'
import { buildOpenApiDocument } from './document.js'
import { openapiEmitter } from './emitter.js'
import { buildErrorExamples, groupErrorsByStatus } from './responses.js'
import { buildParamsSchema, buildRequestSchema } from './schemas.js'

const ctx: EmitContext = {
  specs: sampleSpecSet,
  emitTypeScript: () => {
    throw new Error('the openapi emitter writes no TypeScript')
  },
  emitText: (path, body) => ({ path, content: body }),
}

describe('openapiEmitter', () => {
  it('writes the fixture document as stable JSON', async () => {
    const [file] = await openapiEmitter({ outFile: 'out/openapi.json' }).emit(ctx)
    expect(file!.path).toBe('out/openapi.json')
    expect(file!.content.endsWith('}\n')).toBe(true)
    await expect(file!.content).toMatchFileSnapshot('__snapshots__/openapi.json')
  })

  it('gives the same bytes on a second run', async () => {
    const emitter = openapiEmitter({ outFile: 'out/openapi.json' })
    const [a] = await emitter.emit(ctx)
    const [b] = await emitter.emit(ctx)
    expect(a!.content).toBe(b!.content)
  })

  it('marks the document generated in x-generated-by', () => {
    const doc = buildOpenApiDocument(sampleSpecSet, 'made by a test')
    expect(doc['x-generated-by']).toBe('made by a test')
  })

  it('declares one path per method under an OAuth and a webhook server, and marks deprecation', () => {
    const doc = buildOpenApiDocument(sampleSpecSet, 'x') as {
      servers: { url: string }[]
      security: unknown
      paths: Record<string, { post: Record<string, unknown> }>
    }
    expect(Object.keys(doc.paths)).toEqual(['/crm.sample.delete', '/crm.sample.find_one'])
    expect(doc.servers.map((s) => s.url)).toEqual(['https://{portal}/rest', 'https://{portal}/rest/{userId}/{webhookCode}'])
    expect(doc.paths['/crm.sample.delete']!.post.deprecated).toBe(true)
    expect(doc.paths['/crm.sample.find_one']!.post.deprecated).toBeUndefined()
    // Once, for every operation: an OAuth token, or on the webhook server nothing more (its URL is the credential).
    expect(doc.security).toEqual([{ oauthAuthParam: [] }, { oauthBearer: [] }, {}])
    expect(doc.paths['/crm.sample.delete']!.post.security).toBeUndefined()
  })

  it('writes a line per path and per component, each compact, and parses back to the document', async () => {
    const [file] = await openapiEmitter({ outFile: 'out/openapi.json' }).emit(ctx)
    const text = file!.content
    expect(JSON.parse(text)).toEqual(buildOpenApiDocument(sampleSpecSet, JSON.parse(text)['x-generated-by']))
    const lines = text.split('\n')
    expect(lines.filter((l) => l.startsWith('    "/crm.sample.'))).toHaveLength(2)
    expect(lines.some((l) => l.startsWith('      "CrmSampleDeleteParams": {"type":"object"'))).toBe(true)
  })
})

describe('schemas', () => {
  it('keeps the constraints of a parameter', () => {
    expect(buildParamsSchema(sampleDeleteSpec)).toMatchObject({ properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] })
  })
  it('accepts the parameters under either spelling', () => {
    const schema = buildRequestSchema(sampleDeleteSpec) as { anyOf: Record<string, unknown>[] }
    expect(schema.anyOf).toHaveLength(2)
    expect(schema.anyOf[0]).toEqual({ $ref: '#/components/schemas/CrmSampleDeleteParams' })
    // The other spelling points at the parameter's one schema rather than copying it.
    expect(schema.anyOf[1]).toMatchObject({
      properties: { ID: { $ref: '#/components/schemas/CrmSampleDeleteParams/properties/id' } },
      required: ['ID'],
    })
  })
  it('needs no variant when no parameter has another spelling', () => {
    expect(buildRequestSchema(sampleFindSpec)).toEqual({ $ref: '#/components/schemas/CrmSampleFindOneParams' })
  })
})

describe('error responses', () => {
  it('groups rows by status, ascending', () => {
    const groups = groupErrorsByStatus([...sampleDeleteSpec.errors, ...sampleSpecSet.shared.systemErrors])
    expect(groups.map(([status, rows]) => [status, rows.map((r) => r.id)])).toEqual([
      [400, ['badId', 'denied', 'missing']],
      [401, ['expired']],
      [500, ['serverError']],
    ])
  })
  it('gives a localized text one example per language', () => {
    const examples = buildErrorExamples([sampleDeleteSpec.errors[2]!])
    expect(examples).toEqual({
      missing_ru: { summary: 'ERROR_CORE: No such sample', value: { error: 'ERROR_CORE', error_description: 'Не найден' } },
      missing_en: { summary: 'ERROR_CORE: No such sample', value: { error: 'ERROR_CORE', error_description: 'Not found' } },
    })
  })
})

describe('shared components', () => {
  type Doc = {
    paths: Record<string, { post: { responses: Record<string, { $ref: string }> } }>
    components: { responses: Record<string, unknown>; examples: Record<string, { value: unknown }> }
  }
  const doc = buildOpenApiDocument(sampleSpecSet, 'x') as unknown as Doc

  it('writes a status only system rows answer once, and every method refers to it', () => {
    for (const path of ['/crm.sample.delete', '/crm.sample.find_one']) {
      expect(doc.paths[path]!.post.responses['401']).toEqual({ $ref: '#/components/responses/SystemError401' })
    }
    expect(Object.keys(doc.components.responses).filter((name) => name.endsWith('Error401'))).toEqual(['SystemError401'])
    expect(doc.components.examples.SystemError_expired!.value).toEqual({
      error: 'expired_token',
      error_description: 'The access token provided has expired',
    })
  })

  it('keeps a method-specific response for a status its own rows share with system rows, with the system examples by reference', () => {
    const [expired] = sampleSpecSet.shared.systemErrors
    const at400 = { ...expired!, id: 'badSystem', code: 'BAD_SYSTEM', status: 400 }
    const specs = { ...sampleSpecSet, shared: { ...sampleSpecSet.shared, systemErrors: [...sampleSpecSet.shared.systemErrors, at400] } }
    const mixed = buildOpenApiDocument(specs, 'x') as unknown as Doc
    const examples = (mixed.components.responses.CrmSampleDeleteError400 as { content: Record<string, { examples: object }> }).content[
      'application/json'
    ]!.examples as Record<string, unknown>
    expect(examples.badSystem).toEqual({ $ref: '#/components/examples/SystemError_badSystem' })
    expect(Object.values(examples).filter((e) => !Object.hasOwn(e as object, '$ref')).length).toBeGreaterThan(0)
    // A method without its own 400 rows refers to the shared one.
    expect(mixed.paths['/crm.sample.delete']!.post.responses['400']).toEqual({ $ref: '#/components/responses/CrmSampleDeleteError400' })
    expect(mixed.paths['/crm.sample.find_one']!.post.responses['400']).toEqual({ $ref: '#/components/responses/SystemError400' })
  })
})
