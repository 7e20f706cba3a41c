/**
 * Checks that catch what a spec author leaves behind: placeholder `TODO` texts (the `pnpm new-method`
 * skeleton and the docs importer write them), example answers with fields the entity does not have,
 * and `related` links to methods nobody knows (a typo). Each problem names its field path.
 */
import { getCamelFieldName } from './field-names.js'
import { knownMethods } from './known-methods.js'
import type { EntitySpec, MethodSpec } from './model.js'

type Add = (path: string, expected: string, received: unknown) => void

/** Every string under `value` that starts with TODO, with its field path (`summary.ru`, `errors[0].when.en`). */
export function findTodoTexts(value: unknown, path = ''): { path: string; text: string }[] {
  const found: { path: string; text: string }[] = []
  // Segments on a stack, joined only for a hit: every spec is walked on every load, and hits are rare.
  const stack: string[] = [path]
  const walk = (item: unknown): void => {
    if (typeof item === 'string') {
      if (item.trimStart().startsWith('TODO')) found.push({ path: stack.join(''), text: item })
    } else if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) {
        stack.push(`[${i}]`)
        walk(item[i])
        stack.pop()
      }
    } else if (typeof item === 'object' && item !== null) {
      for (const key of Object.keys(item)) {
        stack.push(stack.length === 1 && !path ? key : `.${key}`)
        walk((item as Record<string, unknown>)[key])
        stack.pop()
      }
    }
  }
  walk(value)
  return found
}

/** The records an example answers, for the operations whose result is records of the entity. */
function readExampleRecords(spec: MethodSpec, answer: unknown): unknown[] {
  const kind = spec.operation.kind
  // A wrapped answer (`{ type: {...} }`, `{ fields: {...} }`) holds the records under its key.
  const key = spec.result.wrap?.key
  const result = key !== undefined && typeof answer === 'object' && answer !== null ? (answer as Record<string, unknown>)[key] : answer
  if (kind === 'get' || kind === 'fields') return [result]
  if (kind === 'list') return Array.isArray(result) ? result : []
  // crm.item.add and .update answer the record wrapped (`{ item }`); the UPPER_CASE family an id or true.
  if ((kind === 'add' || kind === 'update') && key !== undefined) return [result]
  return []
}

/**
 * The entity an example's records belong to. crm.item.* chooses it per call: the entity whose
 * entityTypeId the example sends (3 is a contact), else the declared one (a smart process item).
 */
function findExampleEntity(
  spec: MethodSpec,
  params: Record<string, unknown>,
  declared: EntitySpec,
  entities: readonly EntitySpec[],
): EntitySpec {
  const by = 'entityTypeBy' in spec.operation ? spec.operation.entityTypeBy : undefined
  if (by === undefined) return declared
  const typeId = Number(params[by])
  return entities.find((e) => e.entityTypeId === typeId && e.fields.length > 0) ?? declared
}

/** Runs the authoring checks on one method; `specNames` are the methods that have a spec. */
export function checkAuthoring(
  spec: MethodSpec,
  entity: EntitySpec | undefined,
  entities: readonly EntitySpec[],
  specNames: ReadonlySet<string>,
  add: Add,
): void {
  for (const todo of findTodoTexts(spec)) add(todo.path, 'a text written for this method, not a TODO placeholder', todo.text)

  spec.related.forEach((name, i) => {
    if (name !== spec.method && !specNames.has(name) && !knownMethods.has(name))
      add(`related[${i}]`, 'a method that has a spec or a documentation page (see packages/spec/src/known-methods.ts)', name)
  })

  if (!entity || entity.fields.length === 0) return
  // A camelCase method (crm.item.*, crm.type.*) answers each field by its camelCase name, and may
  // answer the portal's own `ufCrm...` custom fields beside the declared ones.
  const camel = 'naming' in spec.operation && spec.operation.naming === 'camel'
  spec.examples.forEach((example, i) => {
    const owner = findExampleEntity(spec, example.params, entity, entities)
    // An UPPER_CASE method answers the custom fields of an entity that declares them (UF_CRM_...).
    const prefix = owner.userFields?.prefix
    const isCustom = (key: string) => (camel ? /^ufCrm/.test(key) : prefix !== undefined && key.startsWith(prefix))
    const fieldNames = new Set(owner.fields.map((f) => (camel ? getCamelFieldName(f) : f.name)))
    readExampleRecords(spec, example.result).forEach((record, r) => {
      if (typeof record !== 'object' || record === null || Array.isArray(record)) return
      const wrapped = spec.result.wrap ? `.${spec.result.wrap.key}` : ''
      const at = spec.operation.kind === 'list' ? `examples[${i}].result${wrapped}[${r}]` : `examples[${i}].result${wrapped}`
      for (const key of Object.keys(record))
        if (!fieldNames.has(key) && !isCustom(key))
          add(`${at}.${key}`, `a field of the ${owner.name} entity (declared in specs/shared)`, key)
    })
  })
}
