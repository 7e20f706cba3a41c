/**
 * The option of the crm.<entity>.userfield.* builders for a family whose pages give error rows and a
 * write rule of their own (requisites: another REST handler, its own texts and codes) instead of the
 * contact pages' that every other owner shares. The builders stay one; this swaps what differs.
 */
import type { MethodSpecInput } from '@b24kit/spec'

type Spec = MethodSpecInput
type Row = NonNullable<Spec['errors']>[number]
type Action = 'add' | 'update' | 'get' | 'list' | 'delete'

/**
 * A family's own rows, by method, and its rule for add, update and delete. A row keeps the meaning
 * its id has in the builders (`notFound`, `invalidId`, `accessDenied`, `nameTaken`, `itemXmlIdTaken`,
 * ...): the mock's refusals, not-found answers and parameter checks are kept only for ids listed here.
 */
export interface UserFieldPages {
  rows: Record<Action, readonly Row[]>
  writeAccess: Spec['access']
}

const writeActions: ReadonlySet<string> = new Set(['add', 'update', 'delete'])

/** The spec with the family's own rows and write rule, when it has them; unchanged otherwise. */
export function applyOwnPages(pages: UserFieldPages | undefined, spec: Spec): Spec {
  if (!pages) return spec
  const action = spec.method.slice(spec.method.lastIndexOf('.') + 1) as Action
  const rows = [...pages.rows[action]]
  const ids = new Set(rows.map((row) => row.id))
  const has = (id: string | undefined): id is string => id !== undefined && ids.has(id)
  return {
    ...spec,
    access: writeActions.has(action) ? pages.writeAccess : spec.access,
    params: spec.params.map(({ invalidError, ...param }) => (has(invalidError) ? { ...param, invalidError } : param)),
    errors: rows,
    errorExample: has(spec.errorExample) ? spec.errorExample : (rows[0]?.id ?? spec.errorExample),
    operation: keepKnownRows(spec.operation, has),
  }
}

/** The userfield operation with references only to rows the family lists. */
function keepKnownRows(operation: Spec['operation'], has: (id: string | undefined) => id is string): Spec['operation'] {
  if (operation.kind !== 'userfield') return operation
  const { notFound, foreign, refusals, ...rest } = operation
  const known = refusals && Object.fromEntries(Object.entries(refusals).filter(([, id]) => has(id)))
  return {
    ...rest,
    ...(has(notFound) && { notFound }),
    ...(has(foreign) && { foreign }),
    ...(known && Object.keys(known).length > 0 && { refusals: known }),
  }
}
