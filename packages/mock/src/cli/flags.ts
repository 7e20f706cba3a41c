/**
 * The flags of `b24kit-mock`: one row each, with its meaning and default beside it. `--help` prints
 * this table; a new flag is a new row here and a line where cli.ts reads it.
 */
import type { FlagTable } from '@b24kit/spec/cli-flags'
import { defaultAccessToken, defaultWebhookCode } from '../engine.js'

/** Every flag of `b24kit-mock`. */
export const mockFlags = {
  port: { type: 'string', default: '3000', value: 'PORT', meaning: 'port to listen on; 0 picks a free one' },
  host: {
    type: 'string',
    default: '127.0.0.1',
    value: 'HOST',
    meaning: 'address to listen on; anything but loopback is warned about',
  },
  seed: {
    type: 'string',
    value: 'FILE',
    meaning: 'JSON records to start with, such as {"contact": [{"ID": 50}]}',
    defaultText: 'contact 50',
  },
  specs: {
    type: 'string',
    value: 'DIR',
    meaning: "a project's spec entries (custom fields, smart processes, methods) to serve beside the shipped ones; needs @b24kit/codegen",
    defaultText: 'none',
  },
  webhook: {
    type: 'string',
    multiple: true,
    value: 'USER:CODE',
    meaning: 'an incoming webhook to accept; repeat for more',
    defaultText: `1:${defaultWebhookCode}`,
  },
  'oauth-token': {
    type: 'string',
    multiple: true,
    value: 'TOKEN',
    meaning: 'an OAuth access token of user 1 to accept; repeat for more',
    defaultText: defaultAccessToken,
  },
  plan: { type: 'string', default: 'off', choices: ['standard', 'enterprise', 'off'], meaning: 'request-rate limit of the portal plan' },
  lang: { type: 'string', default: 'ru', choices: ['ru', 'en'], meaning: 'language of the portal error texts' },
  https: { type: 'boolean', default: false, meaning: 'serve HTTPS with a fresh self-signed certificate' },
  cert: {
    type: 'string',
    value: 'FILE',
    meaning: 'serve HTTPS with this PEM certificate (with --key)',
    defaultText: 'a fresh self-signed one under --https',
  },
  key: { type: 'string', value: 'FILE', meaning: 'the PEM key of --cert' },
  'cert-out': {
    type: 'string',
    value: 'FILE',
    meaning: 'serve HTTPS, save the generated certificate to FILE and print its path, for clients to trust',
    defaultText: 'not saved',
  },
  admin: { type: 'boolean', default: false, meaning: 'serve the control surface under /_b24kit/: reset, seed, journal, store' },
  'strict-https': { type: 'boolean', default: false, meaning: 'answer webhooks over plain HTTP with "Https required.", as Bitrix24 does' },
  'frame-app': { type: 'string', value: 'URL', meaning: 'serve the frame host at /frame/, embedding the app at URL', defaultText: 'none' },
  'frame-placement': { type: 'string', value: 'CODE', meaning: 'PLACEMENT the framed app gets', defaultText: 'DEFAULT' },
  'frame-placement-options': { type: 'string', value: 'JSON', meaning: 'PLACEMENT_OPTIONS, a JSON object', defaultText: '{}' },
  'frame-not-admin': { type: 'boolean', meaning: "the framed app's user is not an admin", defaultText: 'an admin' },
  'frame-install': { type: 'boolean', meaning: 'open the framed app in install mode until setInstallFinish', defaultText: 'off' },
  'frame-first-run': { type: 'boolean', meaning: 'FIRST_RUN until the framed app calls setInstall', defaultText: 'off' },
  app: {
    type: 'string',
    multiple: true,
    value: 'CLIENT_ID:CLIENT_SECRET[:SCOPES[:APP_URL]]',
    meaning: 'register an application on the OAuth server (own port); APP_URL gets the code redirect and ONAPPINSTALL; repeat for more',
    defaultText: 'none',
  },
  'token-ttl': { type: 'string', default: '3600', value: 'SECONDS', meaning: 'lifetime of the access tokens the OAuth server issues' },
  log: { type: 'boolean', default: false, meaning: 'print one line per request (secrets redacted)' },
  version: { type: 'boolean', default: false, meaning: 'print the version and exit' },
  help: { type: 'boolean', short: 'h', default: false, meaning: 'print this help and exit' },
} as const satisfies FlagTable

/** What `--help` prints above the flags. */
export const mockHelp = {
  usage: 'b24kit-mock [flags]',
  about:
    'A stateful mock of a Bitrix24 portal over HTTP, for tests in any language. Prints its URL and a webhook URL,\nthen answers until Ctrl-C or SIGTERM.',
}
