/**
 * In-process, with MSW: a client on its default OAuth server (`https://oauth.bitrix.info`) renews an
 * expired token at the mock's OAuth server, which the handlers answer on any origin once apps are
 * registered (and leave alone otherwise).
 */
import { createClient, exchangeCode } from '@b24kit/client'
import { createManualClock, createMockPortal } from '@b24kit/mock'
import { setupServer } from 'msw/node'
import { afterEach, describe, expect, it } from 'vitest'

const app = { clientId: 'local.msw.app', clientSecret: 'msw-secret-77' }
let server: ReturnType<typeof setupServer> | undefined
afterEach(() => server?.close())

describe('the OAuth server under MSW', () => {
  it('answers the code flow and a refresh at https://oauth.bitrix.info, in-process', async () => {
    const clock = createManualClock()
    const portal = createMockPortal({ apps: [app], tokenTtlSeconds: 60, clock })
    server = setupServer(...portal.handlers)
    server.listen({ onUnhandledRequest: 'error' })
    const authorized = await fetch(`https://mock.bitrix24.test/oauth/authorize/?client_id=${app.clientId}`)
    const { code } = (await authorized.json()) as { code: string }
    const tokens = await exchangeCode(app, code)
    const onTokens: unknown[] = []
    const b24 = createClient({
      oauth: { portalUrl: 'https://mock.bitrix24.test', ...app, ...tokens, onTokens: (t) => onTokens.push(t) },
      rateLimit: false,
    })
    clock.advance(60_000)
    await expect(b24.crm.contact.delete({ id: 50 })).resolves.toBe(true)
    expect(onTokens).toHaveLength(1)
    expect(portal.journal.map((e) => e.method)).toEqual([
      'oauth.authorize',
      'oauth.token.authorization_code',
      'crm.contact.delete',
      'oauth.token.refresh_token',
      'crm.contact.delete',
    ])
  })

  it('adds no OAuth handler to a portal without apps', () => {
    expect(createMockPortal().handlers).toHaveLength(1)
  })
})
