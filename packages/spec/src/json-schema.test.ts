import { describe, expect, it } from 'vitest'
import { createMethodSpecJsonSchema } from './json-schema.js'

describe('the JSON Schema of the spec format', () => {
  it('is generated from the model and matches the committed file', async () => {
    const schema = createMethodSpecJsonSchema()
    await expect(`${JSON.stringify(schema, null, 2)}\n`).toMatchFileSnapshot('../schema/method-spec.schema.json')
  })

  it('requires the facts every page has', () => {
    const schema = createMethodSpecJsonSchema() as { required: string[]; additionalProperties: boolean }
    expect(schema.required).toEqual(
      expect.arrayContaining(['method', 'scope', 'summary', 'access', 'params', 'result', 'errorExample', 'examples', 'operation']),
    )
    expect(schema.additionalProperties).toBe(false)
  })
})
