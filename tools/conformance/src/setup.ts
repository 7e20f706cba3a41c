/**
 * What a case's `auth` and `portal` mean for the mock and for the client: mock options, client
 * options, and the CLI flags that configure the same portal where the CLI can say it.
 */
import type { ClientOptions } from '@b24kit/client'
import { defaultWebhookCode, type MockPortalOptions } from '@b24kit/mock'
import type { ConformanceCase } from './case.js'
import type { Secrets } from './wire.js'

// Local test credentials; still kept out of snapshots, as real ones would be.
const webhookCode = defaultWebhookCode
const otherWebhookCode = 'conformanceusertwo'
const wrongWebhookCode = 'conformancewrongcode'
const accessToken = 'conformance-access-token'

/** The placeholders wire snapshots show instead of the credentials. */
export const secrets: Secrets = [
  [webhookCode, '<code>'],
  [otherWebhookCode, '<code>'],
  [wrongWebhookCode, '<wrong-code>'],
  [accessToken, '<token>'],
]

/** How one case's portal and client are configured. */
export interface CaseSetup {
  mock: MockPortalOptions
  /** The same portal as `b24kit-mock` flags, or undefined where the CLI cannot express it. */
  cliArgs: string[] | undefined
  client(baseUrl: string): Pick<ClientOptions, 'webhookUrl' | 'oauth'>
}

function describeAuth(c: ConformanceCase): CaseSetup {
  const hook = (userId: number, code: string) => (base: string) => ({ webhookUrl: `${base}/rest/${userId}/${code}/` })
  const oauth = (token: string) => (base: string) => ({ oauth: { portalUrl: base, accessToken: token } })
  switch (c.auth) {
    case 'webhook':
      return { mock: {}, cliArgs: [], client: hook(1, webhookCode) }
    case 'wrongWebhookCode':
      return { mock: {}, cliArgs: [], client: hook(1, wrongWebhookCode) }
    case 'userWithoutRights':
      // User 2 is not among the portal's users (only user 1, an admin), so it holds no permission at all.
      return {
        mock: {
          webhooks: [
            { userId: 1, code: webhookCode },
            { userId: 2, code: otherWebhookCode },
          ],
        },
        cliArgs: ['--webhook', `1:${webhookCode}`, '--webhook', `2:${otherWebhookCode}`],
        client: hook(2, otherWebhookCode),
      }
    case 'webhookWithoutScope':
      return { mock: { webhooks: [{ userId: 1, code: webhookCode, scopes: [] }] }, cliArgs: undefined, client: hook(1, webhookCode) }
    case 'oauth':
      return { mock: { oauthTokens: [accessToken] }, cliArgs: ['--oauth-token', accessToken], client: oauth(accessToken) }
    case 'oauthWithoutToken':
      return { mock: { oauthTokens: [accessToken] }, cliArgs: ['--oauth-token', accessToken], client: oauth('') }
    case 'unknownOAuthToken':
      // The portal knows one token; the client sends another (the same with a suffix, so redaction covers it).
      return { mock: { oauthTokens: [accessToken] }, cliArgs: ['--oauth-token', accessToken], client: oauth(`${accessToken}x`) }
    case 'expiredOAuthToken':
      return { mock: { oauthTokens: [{ token: accessToken, userId: 1, expiresAt: 0 }] }, cliArgs: undefined, client: oauth(accessToken) }
  }
}

/** The mock options, CLI flags and client credentials of a case. */
export function describeSetup(c: ConformanceCase): CaseSetup {
  const auth = describeAuth(c)
  const { lang, plan, operatingBudgetSeconds, strictHttps, faults } = c.portal
  const mock: MockPortalOptions = {
    ...auth.mock,
    ...(lang ? { lang } : {}),
    ...(plan ? { plan } : {}),
    ...(operatingBudgetSeconds !== undefined ? { operatingBudgetSeconds } : {}),
    ...(strictHttps ? { strictHttps } : {}),
    ...(faults ? { faults } : {}),
  }
  const cliExpressible = auth.cliArgs && !plan && operatingBudgetSeconds === undefined && !faults
  const cliArgs = cliExpressible
    ? [...(auth.cliArgs ?? []), ...(lang ? ['--lang', lang] : []), ...(strictHttps ? ['--strict-https'] : [])]
    : undefined
  return { mock, cliArgs, client: auth.client }
}
