/**
 * The whole OpenAPI 3.1 document: one POST path a method (`/crm.contact.delete`) under two
 * servers: `https://{portal}/rest` for OAuth applications (token in `auth` or as a bearer) and
 * `https://{portal}/rest/{userId}/{webhookCode}` for incoming webhooks, where the code in the URL is
 * the credential. One path item a method, not one per way in: the document grows by what a method
 * adds, and a generated client picks its server once.
 */
import type { ExampleSpec, MethodSpec, SpecSet } from '@b24kit/spec'
import { compareCodeUnits, toCamelName, toPascalName } from '../../naming.js'
import { findSchemaRefs, RawJson } from './document-text.js'
import { buildResponses, buildSystemComponents, type OpenApiObject } from './responses.js'
import {
  buildEntityComponents,
  buildErrorSchema,
  buildParamsSchema,
  buildRecordSchema,
  buildRequestSchema,
  buildResultSchema,
  getSchemaNames,
  type JsonSchema,
} from './schemas.js'

const securitySchemes = {
  oauthAuthParam: {
    type: 'apiKey',
    in: 'query',
    name: 'auth',
    description: 'OAuth access token of an application, sent as the `auth` parameter (in the query or the JSON body).',
  },
  oauthBearer: { type: 'http', scheme: 'bearer', description: 'OAuth access token in `Authorization: Bearer` (older servers).' },
}

const servers = [
  {
    url: 'https://{portal}/rest',
    description: 'Your Bitrix24 portal, called by an OAuth application (the token in `auth` or as a bearer)',
    variables: { portal: { default: 'your-portal.bitrix24.ru', description: 'The address of your Bitrix24' } },
  },
  {
    url: 'https://{portal}/rest/{userId}/{webhookCode}',
    description:
      "Your Bitrix24 portal, called through an incoming webhook: the URL is the credential, so the document's empty security requirement applies",
    variables: {
      portal: { default: 'your-portal.bitrix24.ru', description: 'The address of your Bitrix24' },
      userId: { default: '1', description: 'The ID of the user the incoming webhook belongs to' },
      webhookCode: { default: 'your-webhook-code', description: "The incoming webhook's secret code" },
    },
  },
]

function buildRequestExamples(method: MethodSpec): Record<string, OpenApiObject> {
  const out: Record<string, OpenApiObject> = {}
  const spell = (example: ExampleSpec) =>
    Object.fromEntries(Object.entries(example.params).map(([k, v]) => [method.params.find((p) => p.name === k)?.spellings?.[0] ?? k, v]))
  for (const example of method.examples) {
    out[example.id] = { summary: example.title.en, value: example.params }
    const spelled = spell(example)
    if (JSON.stringify(spelled) !== JSON.stringify(example.params)) {
      out[`${example.id}FirstSpelling`] = { summary: `${example.title.en} (as the docs' cURL tab sends it)`, value: spelled }
    }
  }
  return out
}

function buildOperation(method: MethodSpec): OpenApiObject {
  const base = toPascalName(method.method)
  const notes = [method.description.en, `Scope: \`${method.scope}\`. Who may call it: ${method.access.description.en}.`]
  if (method.deprecated) notes.push(`Deprecated: ${method.deprecated.note.en}`)
  return {
    operationId: toCamelName(method.method),
    summary: method.summary.en,
    description: notes.join('\n\n'),
    tags: [method.scope],
    ...(method.deprecated ? { deprecated: true } : {}),
    requestBody: { $ref: `#/components/requestBodies/${base}Request` },
  }
}

/** The map's entries in code-unit order of their keys. */
function sortMap<T>(map: ReadonlyMap<string, T>): Map<string, T> {
  // sort() without a comparator orders strings by code units, as compareCodeUnits does, in
  // native code: the 10,000 keys of a 2,000-method document sorted in a third of the time.
  return new Map([...map.keys()].sort().map((key) => [key, map.get(key) as T]))
}

/** Adds a record's entries to a map (later entries replace earlier ones, as Object.assign does). */
function addEntries<T>(map: Map<string, T>, record: Readonly<Record<string, T>>): void {
  for (const key in record) map.set(key, record[key] as T)
}

/**
 * One method's share of the document: its paths and components, and its scope (for the tags).
 * An entry is an object, or already printed (a cached part, see printMethodPart).
 */
export interface MethodPart {
  scope: string
  /** The shared responses (`SystemError401`) the method refers to: the document holds only those used. */
  shared: string[]
  paths: Record<string, OpenApiObject | RawJson>
  schemas: Record<string, JsonSchema | RawJson>
  responses: Record<string, OpenApiObject | RawJson>
  requestBodies: Record<string, OpenApiObject | RawJson>
}

/** Each entry of a part printed as compact JSON, with the schemas it refers to: JSON data to cache. */
export type PrintedEntries = Record<string, [text: string, refs: string[]]>

/** A method's part as the emitter caches it (JSON data): every entry printed once, when the method changes. */
export interface PrintedPart {
  scope: string
  shared: string[]
  paths: PrintedEntries
  schemas: PrintedEntries
  responses: PrintedEntries
  requestBodies: PrintedEntries
}

const kinds = ['paths', 'schemas', 'responses', 'requestBodies'] as const

/** Prints a part's entries, so the document is assembled around their text without printing them again. */
export function printMethodPart(part: MethodPart): PrintedPart {
  const printed = (record: Record<string, unknown>): PrintedEntries =>
    Object.fromEntries(
      Object.entries(record).map(([name, value]) => {
        const text = value instanceof RawJson ? value.text : JSON.stringify(value)
        return [name, [text, value instanceof RawJson ? [...value.refs] : findSchemaRefs(text)]]
      }),
    )
  const out = { scope: part.scope, shared: [...part.shared] } as PrintedPart
  for (const kind of kinds) out[kind] = printed(part[kind])
  return out
}

/** A printed part as the assembler takes it: each entry a RawJson. */
export function readPrintedPart(part: PrintedPart): MethodPart {
  const read = (entries: PrintedEntries) => {
    const out: Record<string, RawJson> = {}
    for (const name in entries) {
      const [text, refs] = entries[name] as PrintedEntries[string]
      out[name] = new RawJson(text, refs)
    }
    return out
  }
  const out = { scope: part.scope, shared: part.shared } as MethodPart
  for (const kind of kinds) out[kind] = read(part[kind])
  return out
}

/**
 * The paths and components of one method: they depend on its spec and the shared specs only, so
 * the emitter caches them per method and the document is assembled from the parts.
 */
export function buildMethodPart(spec: MethodSpec, shared: SpecSet['shared']): MethodPart {
  const base = toPascalName(spec.method)
  const names = getSchemaNames(spec.method)
  const schemas: Record<string, JsonSchema> = {
    [names.params]: buildParamsSchema(spec, shared.entities),
    [names.result]: buildResultSchema(spec, shared.entities),
  }
  const requestBodies = {
    [`${base}Request`]: {
      required: true,
      content: { 'application/json': { schema: buildRequestSchema(spec), examples: buildRequestExamples(spec) } },
    },
  }
  const responses: Record<string, OpenApiObject> = {}
  const refs: Record<string, OpenApiObject> = {}
  const usedShared: string[] = []
  for (const [status, response] of Object.entries(buildResponses(spec, shared.systemErrors))) {
    if ('$ref' in response) {
      refs[status] = response
      usedShared.push(String(response.$ref).split('/').pop() as string)
      continue
    }
    const name = status === '200' ? `${base}Success` : `${base}Error${status}`
    responses[name] = response
    refs[status] = { $ref: `#/components/responses/${name}` }
  }
  const paths = { [`/${spec.method}`]: { post: { ...buildOperation(spec), responses: refs } } }
  return { scope: spec.scope, shared: usedShared, paths, schemas, responses, requestBodies }
}

/** Builds the document from the validated specs; `generatedBy` goes into `x-generated-by`. */
export function buildOpenApiDocument(specs: SpecSet, generatedBy: string): OpenApiObject {
  return assembleOpenApiDocument(
    specs.methods.map((m) => buildMethodPart(m.spec, specs.shared)),
    specs.shared,
    generatedBy,
  )
}

/**
 * Drops the entity components no method refers to (crm.item.* describes its records per type, so
 * the `item` and `type` entities' generic schemas stay unused): a lint-clean document has no unused
 * component. Follows references between schemas too.
 */
function pruneEntitySchemas(schemas: Map<string, unknown>, roots: readonly ReadonlyMap<string, unknown>[]): void {
  const refsIn = (value: unknown): readonly string[] =>
    value === undefined ? [] : value instanceof RawJson ? value.refs : findSchemaRefs(JSON.stringify(value))
  const used = new Set<string>(['Error', 'Time'])
  const queue: string[] = []
  const visit = (value: unknown) => {
    for (const name of refsIn(value)) if (!used.has(name)) queue.push(name)
  }
  for (const root of roots) for (const value of root.values()) visit(value)
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (used.has(name)) continue
    used.add(name)
    visit(schemas.get(name))
  }
  for (const name of schemas.keys()) if (!used.has(name)) schemas.delete(name)
}

/**
 * The document from each method's part (in any order) and the shared specs, its large sections
 * (paths and the components) as maps in key order: formatOpenApiDocument prints it as it is, and
 * the 10,000 entries of a 2,000-method document never go through objects in dictionary mode.
 */
export function assembleOpenApiSections(parts: readonly MethodPart[], shared: SpecSet['shared'], generatedBy: string): OpenApiObject {
  type Entry = OpenApiObject | RawJson
  const paths = new Map<string, Entry>()
  const schemas = new Map<string, JsonSchema | RawJson>([['Error', buildErrorSchema()]])
  const responses = new Map<string, Entry>()
  const requestBodies = new Map<string, Entry>()
  const time = shared.types.find((t) => t.name === 'time')
  if (time) schemas.set('Time', buildRecordSchema(time))
  addEntries(schemas, buildEntityComponents(shared.entities))
  const system = buildSystemComponents(shared.systemErrors)
  for (const part of parts) {
    for (const name of part.shared) responses.set(name, system.responses[name] as OpenApiObject)
    addEntries(paths, part.paths)
    addEntries(schemas, part.schemas)
    addEntries(responses, part.responses)
    addEntries(requestBodies, part.requestBodies)
  }

  pruneEntitySchemas(schemas, [paths, responses, requestBodies])
  const scopes = [...new Set(parts.map((p) => p.scope))].sort(compareCodeUnits)
  return {
    openapi: '3.1.0',
    'x-generated-by': generatedBy,
    info: {
      title: 'Bitrix24 REST API (b24kit)',
      version: '0.1.0',
      description:
        'Bitrix24 REST methods described from the b24kit specs. Call a method as an OAuth application (`/rest/{method}` with a token, the first server) or through an incoming webhook (`/rest/{userId}/{webhookCode}/{method}`, the second server).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers,
    // Every operation's: an OAuth token, or nothing more on the webhook server, whose URL carries
    // the code. Said once here rather than on each of the operations.
    security: [{ oauthAuthParam: [] }, { oauthBearer: [] }, {}],
    tags: scopes.map((scope) => ({ name: scope, description: `Methods of the \`${scope}\` scope.` })),
    paths: sortMap(paths),
    components: {
      schemas: sortMap(schemas),
      responses: sortMap(responses),
      examples: sortMap(new Map(Object.entries(system.examples))),
      requestBodies: sortMap(requestBodies),
      securitySchemes,
    },
  }
}

/** The document as plain JSON data (its sections' maps as objects), for callers that read it. */
export function assembleOpenApiDocument(parts: readonly MethodPart[], shared: SpecSet['shared'], generatedBy: string): OpenApiObject {
  const toPlain = (value: unknown): unknown => {
    if (value instanceof Map) return Object.fromEntries([...value].map(([key, item]) => [key, toPlain(item)]))
    if (value instanceof RawJson) return JSON.parse(value.text)
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlain(item)]))
  }
  return toPlain(assembleOpenApiSections(parts, shared, generatedBy)) as OpenApiObject
}
