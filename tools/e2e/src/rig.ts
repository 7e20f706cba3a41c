/** How a test reaches a fresh mock portal: in-process through MSW, or over real HTTP. */
import type { MockEngine, MockPortalOptions } from '@b24kit/mock'

/** A running mock portal, as the client sees it. */
export interface Rig {
  /** The default webhook's URL (ends with `/`). */
  webhookUrl: string
  /** The portal's origin, for OAuth. */
  portalUrl: string
  engine: MockEngine
  /** True over plain HTTP to loopback. */
  allowInsecureLoopback: boolean
  close(): Promise<void>
}

/** Starts a portal with these options. */
export type StartRig = (options?: MockPortalOptions) => Promise<Rig>

/** Contacts 1..n (and 50, the docs' example) for the store. */
export function seedContacts(n: number): MockPortalOptions['seed'] {
  const ids = new Set([...Array.from({ length: n }, (_, i) => i + 1), 50])
  return { contact: [...ids].map((id) => ({ ID: id, NAME: `Contact ${id}` })) }
}
