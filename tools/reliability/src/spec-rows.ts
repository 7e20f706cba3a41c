/**
 * The documented answers, read from the specs themselves (never a second hand-written copy): every
 * error row of every method and the system errors, with the HTTP statuses they may come with.
 */
import { readdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { EntitySpecInput, ErrorRow, MethodSpec } from '@b24kit/spec'

/** The repository root (tools/reliability/src/../../..). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

/** One documented error answer: `error`, the texts it may carry, its HTTP status and the client's kind. */
export interface DocumentedError {
  /** A system error (any method), else a method's own row. */
  system: boolean
  /** Lower-case names of the methods whose table holds the row (empty for system rows). */
  methods: readonly string[]
  code: string
  texts: readonly string[]
  status: number
  kind: string
}

/** What the specs allow the portal to answer. */
export interface DocumentedAnswers {
  /** Every error row, the system errors first. */
  errors: readonly DocumentedError[]
  /** The statuses of the rows, plus 200. */
  statuses: ReadonlySet<number>
  /** Lower-case method names of the specs. */
  methods: readonly string[]
  /** The delete methods and the entity each deletes. */
  deletes: readonly { method: string; entity: string }[]
  /** Each method's operation kind and entity, by lower-case name. */
  operations: ReadonlyMap<string, { kind: string; entity: string }>
  /** Every entity with its id field and the records linked to it. */
  entities: readonly { name: string; idField: string; linked: readonly { entity: string; field: string }[] }[]
  /** The client's error kinds named by the spec rows, plus the transport kinds of issue 3. */
  kinds: ReadonlySet<string>
}

function toDocumented(row: ErrorRow, method?: string): DocumentedError {
  const texts = typeof row.text === 'string' ? [row.text] : [row.text.ru, row.text.en]
  return { system: method === undefined, methods: method ? [method] : [], code: row.code, texts, status: row.status, kind: row.kind }
}

/** Loads every spec below specs/ and lists the answers they document. */
export async function loadDocumentedAnswers(): Promise<DocumentedAnswers> {
  const specsDir = join(repoRoot, 'specs')
  const shared = (await import(pathToFileURL(join(specsDir, 'shared', 'index.ts')).href)) as {
    systemErrors: readonly ErrorRow[]
    entities: readonly EntitySpecInput[]
  }
  const names = (await readdir(specsDir)).filter((n) => n.endsWith('.ts') && !n.endsWith('.d.ts')).sort()
  const specs: MethodSpec[] = []
  for (const name of names) {
    const mod = (await import(pathToFileURL(join(specsDir, name)).href)) as { default: MethodSpec }
    specs.push(mod.default)
  }
  const errors = [
    ...shared.systemErrors.map((row) => toDocumented(row)),
    ...specs.flatMap((s) => s.errors.map((row) => toDocumented(row, s.method.toLowerCase()))),
  ]
  // Transport-level kinds the client adds beside the rows' kinds (issue 3).
  const kinds = new Set([...errors.map((e) => e.kind), 'network', 'timeout', 'invalidResponse'])
  return {
    errors,
    statuses: new Set([200, ...errors.map((e) => e.status)]),
    methods: specs.map((s) => s.method.toLowerCase()),
    deletes: specs.flatMap((s) => (s.operation.kind === 'delete' ? [{ method: s.method.toLowerCase(), entity: s.operation.entity }] : [])),
    operations: new Map(specs.map((s) => [s.method.toLowerCase(), { kind: s.operation.kind, entity: s.operation.entity ?? '' }])),
    entities: shared.entities.map((e) => ({ name: e.name, idField: e.idField, linked: e.linked ?? [] })),
    kinds,
  }
}

/** Whether an error body matches a documented row, status included (status undefined: inside a batch). */
export function matchesDocumentedError(
  answers: DocumentedAnswers,
  body: { error: string; error_description: string },
  status?: number,
): boolean {
  return answers.errors.some(
    (row) => row.code === body.error && row.texts.includes(body.error_description) && (status === undefined || row.status === status),
  )
}
