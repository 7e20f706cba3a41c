/**
 * The client's fault matrix (issue 9, row 4): each fault, what the portal does, and the outcome
 * expected of the client (retry, refresh, which error kind). The test runs each row; RELIABILITY.md
 * prints this table. `defect` marks a row where the client does not do what the issue asks:
 * the row's `outcome` then says what it does today, and the test asserts that, so a fix shows.
 */

/** One row of the matrix. */
export interface FaultRow {
  fault: string
  /** What the fake portal does. */
  portal: string
  /** The outcome the test asserts: a result, or an error kind, with the attempts it takes. */
  outcome: { result: unknown } | { kind: string }
  attempts: number
  /** What the client does about it, in words. */
  expected: string
  /** Where the client falls short of issue 9 / issue 3, precisely. */
  defect?: string
}

export const faultMatrix: readonly FaultRow[] = [
  {
    fault: 'connection refused',
    portal: 'nothing listens on the port',
    outcome: { kind: 'network' },
    attempts: 0,
    expected: 'retried 3 times with backoff, then `network`',
  },
  {
    fault: 'connection reset mid-body',
    portal: '200 with Content-Length, half the body, socket closed',
    outcome: { kind: 'invalidResponse' },
    attempts: 1,
    expected: '`invalidResponse`, not retried (the portal may have run the call)',
  },
  {
    fault: 'reset before any answer',
    portal: 'socket closed on receipt',
    outcome: { kind: 'network' },
    attempts: 4,
    expected: 'retried 3 times, then `network`',
  },
  {
    fault: 'timeout',
    portal: 'never answers (client timeoutMs 300)',
    outcome: { kind: 'timeout' },
    attempts: 1,
    expected: '`timeout` after timeoutMs, not retried',
  },
  {
    fault: '500 HTML page',
    portal: '500, text/html error page',
    outcome: { kind: 'serverError' },
    attempts: 4,
    expected: 'retried 3 times, then `serverError`',
  },
  {
    fault: '502',
    portal: '502, empty body',
    outcome: { kind: 'serverError' },
    attempts: 4,
    expected: 'retried 3 times, then `serverError`',
  },
  {
    fault: '503 QUERY_LIMIT_EXCEEDED storm',
    portal: 'every answer 503 QUERY_LIMIT_EXCEEDED',
    outcome: { kind: 'rateLimited' },
    attempts: 4,
    expected: 'retried 3 times with backoff, then `rateLimited`',
  },
  {
    fault: '503 storm that ends',
    portal: '3 × 503 QUERY_LIMIT_EXCEEDED, then success',
    outcome: { result: true },
    attempts: 4,
    expected: 'retried until it passes: `true`',
  },
  {
    fault: '429 OPERATION_TIME_LIMIT',
    portal: '429 OPERATION_TIME_LIMIT',
    outcome: { kind: 'operationTimeLimit' },
    attempts: 1,
    expected: '`operationTimeLimit`, not retried (a 4xx)',
  },
  {
    fault: '401 expired_token (OAuth)',
    portal: '401 expired_token, then success for the new token',
    outcome: { result: true },
    attempts: 2,
    expected: 'refresh once, retry once with the new token: `true`',
  },
  {
    fault: '401 expired_token twice',
    portal: '401 expired_token for every token',
    outcome: { kind: 'expiredToken' },
    attempts: 2,
    expected: 'refresh once, retry once, then `expiredToken` (no loop)',
  },
  {
    fault: 'refresh that fails',
    portal: '401 expired_token; the refresh callback rejects',
    outcome: { kind: 'expiredToken' },
    attempts: 1,
    expected: '`expiredToken`, the refresh failure (redacted) as cause',
  },
  {
    fault: 'malformed JSON',
    portal: '200, `{"result":tru`',
    outcome: { kind: 'invalidResponse' },
    attempts: 1,
    expected: '`invalidResponse`',
  },
  { fault: 'empty body', portal: '200, no body', outcome: { kind: 'invalidResponse' }, attempts: 1, expected: '`invalidResponse`' },
  {
    fault: 'truncated body',
    portal: '200, Content-Length of the whole, half sent, connection kept',
    outcome: { kind: 'timeout' },
    attempts: 1,
    expected: '`timeout` (the body never ends), not retried',
  },
  {
    fault: 'a result of the wrong type',
    portal: '200, `{"result":"yes","time":{...}}` to crm.contact.delete',
    outcome: { kind: 'invalidResponse' },
    attempts: 1,
    expected: '`invalidResponse` (the spec fixes the result to `true`), not retried',
  },
  {
    fault: '302 domain move',
    portal: '302 to the same path on another host, which answers `true`',
    outcome: { result: true },
    attempts: 1,
    expected: 'the POST re-sent, with its JSON body, to the new host (not followed as a GET): `true`',
  },
]
