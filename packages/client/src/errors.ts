/**
 * The one error class the client throws, and how an answer is classified: the method's own rows
 * first (rows with an empty code are told apart by their text, in either language), then the
 * system rows by code, then the HTTP status.
 */
import type { ErrorKind, ErrorRowDescriptor, LocalizedText, MethodDescriptor, SystemErrorRow } from './descriptor.js'

/** What a B24ApiError carries; every text in it has already had secrets taken out. */
export interface B24ApiErrorFields<Id extends string = string> {
  /** The REST method called, such as `crm.contact.delete`. */
  method: string
  /** The HTTP status, or 0 when no answer came (network, timeout) or the check failed before sending. */
  status: number
  /** The `error` field of the answer; empty where the server sent none. */
  code: string
  /** The `error_description` of the answer, or what went wrong before one came. */
  description: string
  /** What kind of failure this is, the same on every server and in every language. */
  kind: ErrorKind
  /** The id of the spec's error row the answer matched, if any. */
  errorId?: Id | undefined
}

/**
 * A failed call. Switch on `kind` (stable across servers and languages) or on `errorId` (the
 * spec's row). It never holds the webhook code or a token: not in its message, stack, cause or JSON.
 */
export class B24ApiError<Id extends string = string> extends Error {
  /**
   * Types `error instanceof B24ApiError` as `B24ApiError<string>`: without it TypeScript narrows a
   * generic class to `B24ApiError<any>`, and `errorId` reads as `any`. Type only; instanceof works as usual.
   */
  declare static [Symbol.hasInstance]: (value: unknown) => value is B24ApiError
  /** The REST method called, such as `crm.contact.delete`. */
  declare readonly method: string
  /** The HTTP status, or 0 when no answer came (network, timeout) or the check failed before sending. */
  declare readonly status: number
  /** The `error` field of the answer (`ERROR_CORE`); empty where the server sent none. */
  declare readonly code: string
  /** The `error_description` of the answer, or what went wrong before one came; secrets taken out. */
  declare readonly description: string
  /** What kind of failure this is, the same on every server and in every language: switch on it. */
  declare readonly kind: ErrorKind
  /** The id of the method's error row the answer matched (`notFound`), from the spec; undefined if none. */
  declare readonly errorId: Id | undefined

  constructor(fields: B24ApiErrorFields<Id>, cause?: Error) {
    super(`${fields.method}: ${fields.description || fields.code} (${fields.kind}, ${fields.status})`, cause && { cause })
    Object.assign(this, fields).name = 'B24ApiError'
  }
}

// The docs print some texts without their final period; the server sends it.
const normalize = (text: string) => text.replace(/\.$/, '')

/**
 * Classifies an error answer: the method's own row (absent for methods without a spec) with the
 * code and the text (in either language), then with the code alone (never an empty code alone, nor
 * a code a system row has); else the system row with its code; else only a kind: that of the first
 * system row with its status (401 `invalidCredentials`, 503 `rateLimited`...), or by the status
 * class. The system rows are handed in: the standalone transport imports them, createClient loads
 * them with the first error answer.
 */
export function classifyError(
  descriptor: MethodDescriptor | undefined,
  status: number,
  code: string,
  text: string,
  systemErrors: readonly SystemErrorRow[],
): { kind: ErrorKind; id?: string; status?: number } {
  // A system row with the code beats a method row that shares only the code (REST unavailable is
  // ACCESS_DENIED with its own text, beside the methods' own ACCESS_DENIED rows).
  const system = code ? systemErrors.find((r) => r.code === code) : undefined
  const byCode = descriptor?.errors.filter((row) => row.code === code) ?? []
  return (
    byCode.find((row) => textsOf(row).map(normalize).includes(normalize(text))) ??
    (code && !system ? byCode[0] : undefined) ??
    system ?? {
      kind:
        systemErrors.find((r) => r.status === status)?.kind ??
        (status > 499 ? 'serverError' : status > 399 ? 'invalidRequest' : 'invalidResponse'),
    }
  )
}

/** A row's texts: Russian then English where the portal localises it, else the one text twice. */
const textsOf = ({ text }: ErrorRowDescriptor): string[] => [(text as LocalizedText).ru ?? text, (text as LocalizedText).en ?? text]

/** The text of a row in the language the client reports in (English where the row has both). */
export const textOf = ({ text }: ErrorRowDescriptor): string => (text as LocalizedText).en ?? (text as string)
