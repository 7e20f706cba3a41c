/** One line per request for `b24kit-mock --log`, from the journal entry (its secrets already redacted). */
import type { JournalEntry } from '../journal.js'

/** `POST /rest/1/[redacted]/crm.contact.delete 200 {"id":50}`; an error adds its code, a drop says so. */
export function formatLogLine(entry: JournalEntry): string {
  const outcome = entry.dropped ? 'dropped' : `${entry.status}${entry.error ? ` ${entry.error}` : ''}`
  return `${entry.httpMethod} ${entry.path} ${outcome} ${JSON.stringify(entry.params)}\n`
}
