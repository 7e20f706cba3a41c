/**
 * Keeps secrets out of everything the client shows: it knows the webhook code and every token it
 * was given or refreshed, and replaces each wherever it appears. (Bitrix24 codes and tokens are
 * letters and digits, the same raw and URL-encoded.)
 */

/** A redactor that learns secrets as they come (a refresh brings new tokens). */
export function createRedactor(): { add(secret: string | undefined): void; redact(text: string): string } {
  const secrets: string[] = []
  return {
    add: (secret) => {
      if (secret) secrets.push(secret)
    },
    redact: (text) => secrets.reduce((out, secret) => out.replaceAll(secret, '***'), text),
  }
}

/** What a caught error says: its cause's message where it has one (fetch's "fetch failed" hides the reason there). */
export const describeCause = (error: unknown): string => String((error as Caught)?.cause?.message ?? (error as Caught)?.message ?? error)

/** What describeCause reads of a caught value, which may be anything. */
type Caught = { message?: unknown; cause?: { message?: unknown } } | undefined
