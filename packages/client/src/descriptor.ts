/**
 * What the generated code tells the core about a method: its parameter rules and error rows, as
 * plain data. The core reads them to validate calls before any network and to classify answers.
 */
import type { SpecErrorKind } from './generated/system-errors.js'

/** A stable kind to switch on: the spec's kinds, plus what can go wrong before the server answers. */
export type ErrorKind = SpecErrorKind | 'network' | 'timeout' | 'invalidResponse'

/** Text in both languages the portal may answer in. */
export interface LocalizedText {
  readonly ru: string
  readonly en: string
}

/** One row of an error table, as the spec declares it. */
export interface ErrorRowDescriptor {
  readonly id: string
  /** The `error` field; empty where the server sends none (then the text tells rows apart). */
  readonly code: string
  readonly status: number
  /** The exact `error_description`, per language where the portal localises it. */
  readonly text: string | LocalizedText
  readonly kind: SpecErrorKind
}

/** A system row: any method can answer it, and its code alone tells it apart. */
export type SystemErrorRow = Omit<ErrorRowDescriptor, 'text'>

/** How the client checks one parameter before sending it. */
export interface ParamRule {
  readonly name: string
  readonly type: 'integer' | 'number' | 'string' | 'boolean' | 'object' | 'array'
  readonly required: boolean
  /** Smallest accepted value after coercion. */
  readonly minimum?: number
  /** `php-int`: numeric strings are read as the server reads them (`"50"` is 50, `"abc"` is 0). */
  readonly coercion?: 'php-int'
  /** The keys the server reads, in order; the first one present in the params is checked. */
  readonly spellings?: readonly string[]
  /** The error row answered when the value is missing or invalid. */
  readonly invalidError?: string
}

/** One method, as the core needs it. */
export interface MethodDescriptor {
  readonly method: string
  readonly params: readonly ParamRule[]
  readonly errors: readonly ErrorRowDescriptor[]
  /** What a successful answer's `result` is; anything else is an invalid response. */
  readonly result?: { readonly type: ParamRule['type'] | 'null'; readonly const?: boolean | number | string | null | readonly never[] }
  /** What the method does: `delete` methods get `deleteMany`, `list` methods (paged by `start`) the pager. */
  readonly operation?:
    | { readonly kind: 'delete'; readonly by: string; readonly notFound: string }
    | { readonly kind: 'list'; readonly start: string; readonly wrap?: string }
}
