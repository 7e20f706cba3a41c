/** The JSON Schema of the spec format, made from the model so editors and other tools can check specs. */
import { z } from 'zod'
import { methodSpecSchema } from './model.js'

/** Builds the JSON Schema (draft 2020-12) of one method spec as a spec author writes it. */
export function createMethodSpecJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(methodSpecSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>
  return { ...schema, $id: 'https://b24kit.dev/schema/method-spec.schema.json', title: 'b24kit method spec' }
}
