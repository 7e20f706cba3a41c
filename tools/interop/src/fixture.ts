/** What every interop test shares: the running mock, its credentials, and its admin surface. */

/** The mock CLI the global setup started. */
export interface InteropMock {
  /** `https://127.0.0.1:PORT` */
  url: string
  /** The PEM file `--cert-out` saved; NODE_EXTRA_CA_CERTS points at it. */
  certificate: string
}

/** The mock's own local credentials (a test portal on loopback, not a secret of anyone's). */
export const interopCredentials = { userId: 1, webhookCode: 'interopwebhookcode', accessToken: 'interop-access-token' } as const

/** The webhook URL of the mock, as Bitrix24 shows one (`https://host/rest/1/code/`). */
export function getWebhookUrl(mock: InteropMock): string {
  return `${mock.url}/rest/${interopCredentials.userId}/${interopCredentials.webhookCode}/`
}

/** Calls the admin surface; throws on anything but 200. */
export async function callAdmin(mock: InteropMock, action: 'reset' | 'seed' | 'journal' | 'store', body?: unknown): Promise<unknown> {
  const response = await fetch(`${mock.url}/_b24kit/${action}`, {
    method: action === 'journal' || action === 'store' ? 'GET' : 'POST',
    ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  })
  const text = await response.text()
  if (response.status !== 200) throw new Error(`/_b24kit/${action} answered ${response.status}: ${text}`)
  return JSON.parse(text)
}

/** Seeds `count` contacts with ids 1..count (NAME `Contact N`), replacing the store. */
export async function seedContacts(mock: InteropMock, count: number): Promise<void> {
  const contact = Array.from({ length: count }, (_, i) => ({ ID: i + 1, NAME: `Contact ${i + 1}`, LAST_NAME: `Last${i + 1}` }))
  await callAdmin(mock, 'seed', { contact })
}
