/**
 * The frame host in Node: its page, and each frame command posted as the host page posts it
 * (the message string the app sent), answered from the mock's own tokens and store.
 */
import { describe, expect, it } from 'vitest'
import { createManualClock } from '../clock.js'
import type { MockPortalOptions } from '../engine.js'
import { createMockPortal } from '../portal.js'
import { createFrameHost, defaultFrameApp, FrameHostError, type FrameHostOptions } from './host.js'
import { parseFrameMessage } from './protocol.js'

const origin = 'https://portal.test'

async function openHost(options: Partial<FrameHostOptions> = {}, portalOptions: MockPortalOptions = {}) {
  const clock = createManualClock()
  const portal = createMockPortal({ clock, ...portalOptions })
  const host = createFrameHost(portal, { appUrl: 'http://127.0.0.1:5173/app/?x=1', ...options })
  const html = await (await host.dispatch(new Request(`${origin}/frame/`))).text()
  const name = /name="([^"]+)"/.exec(html)?.[1] ?? ''
  const appSid = name.split('|')[2] ?? ''
  let key = 0
  /** Posts one message as the app would (`command:params:key:sid`); resolves to the host's answer. */
  const post = async (command: string, params?: unknown, sid = appSid) => {
    const text = [command, params === undefined ? '' : JSON.stringify(params), `k${++key}`, sid].filter(Boolean).join(':')
    const response = await host.dispatch(
      new Request(`${origin}/frame/command`, { method: 'POST', body: JSON.stringify({ appSid, message: text }) }),
    )
    const body = (await response.json()) as { reply?: string; effect?: unknown }
    const reply = body.reply?.slice(body.reply.indexOf(':') + 1)
    return { status: response.status, effect: body.effect, answer: reply ? JSON.parse(reply) : undefined, raw: body.reply }
  }
  const call = async (method: string, token: string) =>
    (await portal.handle(new Request(`${origin}/rest/${method}?id=50&auth=${token}`))).json()
  return { portal, host, html, name, appSid, post, call, clock }
}

describe('the host page', () => {
  it('embeds the app under the name the portal gives, with the portal query', async () => {
    const { html, name, appSid } = await openHost()
    expect(appSid).toMatch(/^[0-9a-f]{32}$/)
    expect(name).toBe(`portal.test|1|${appSid}`)
    expect(html).toContain(`src="http://127.0.0.1:5173/app/?x=1&#38;DOMAIN=portal.test&#38;PROTOCOL=1&#38;LANG=ru&#38;APP_SID=${appSid}"`)
    expect(html).toContain('"appOrigin":"http://127.0.0.1:5173"')
  })

  it('refuses an app URL that is not http(s), naming the option and value', () => {
    expect(() => createFrameHost(createMockPortal(), { appUrl: 'file:///app.html' })).toThrow(
      new FrameHostError('appUrl: expected an http or https URL, got "file:///app.html"'),
    )
    expect(() => createFrameHost(createMockPortal(), { appUrl: 'app.html' })).toThrow(/appUrl: expected an absolute http or https URL/)
  })

  it('serves the BX24 double to any origin, and 404 elsewhere under /frame/', async () => {
    const { host } = await openHost()
    const script = await host.dispatch(new Request(`${origin}/frame/bx24.js`))
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(script.headers.get('access-control-allow-origin')).toBe('*')
    expect(await script.text()).toContain('function installBx24(')
    expect((await host.dispatch(new Request(`${origin}/frame/nothing`))).status).toBe(404)
    expect(host.owns('/frame')).toBe(true)
    expect(host.owns('/frames')).toBe(false)
  })
})

describe('frame commands', () => {
  it('getInitData gives the launch and a token the mock accepts', async () => {
    const { post, call, appSid } = await openHost({ placement: 'CRM_CONTACT_DETAIL_TAB', placementOptions: { ID: '50' }, lang: 'en' })
    const { answer, raw } = await post('getInitData')
    expect(raw).toMatch(/^k1:\{/)
    expect(answer).toMatchObject({
      DOMAIN: 'portal.test',
      PROTOCOL: 1,
      LANG: 'en',
      AUTH_EXPIRES: 3600,
      MEMBER_ID: 'b24kitmockmember',
      IS_ADMIN: true,
      INSTALL: false,
      FIRST_RUN: false,
      APP_OPTIONS: [],
      USER_OPTIONS: [],
      PLACEMENT: 'CRM_CONTACT_DETAIL_TAB',
      PLACEMENT_OPTIONS: { ID: '50' },
    })
    expect(answer.AUTH_ID).toMatch(/^[0-9a-f]{32}$/)
    expect((await call('crm.contact.delete', answer.AUTH_ID)).result).toBe(true)
    expect(appSid).not.toBe('')
  })

  it("hands the app an ordinary token of the OAuth server: its app's, its lifetime, a refresh token that works once", async () => {
    const { post, portal, clock } = await openHost({}, { tokenTtlSeconds: 120 })
    const { answer } = await post('getInitData')
    const { authority } = portal.applications
    expect(authority.apps.get(defaultFrameApp.clientId)).toEqual(defaultFrameApp)
    expect(authority.lookup(answer.AUTH_ID)).toMatchObject({
      clientId: defaultFrameApp.clientId,
      userId: 1,
      expiresAt: clock.now() + 120_000,
    })
    expect(answer.AUTH_EXPIRES).toBe(120)
    const refresh = { grant_type: 'refresh_token', client_id: defaultFrameApp.clientId, client_secret: defaultFrameApp.clientSecret }
    const fresh = authority.token({ ...refresh, refresh_token: answer.REFRESH_ID }, 'POST')
    expect(fresh.status).toBe(200)
    expect(authority.token({ ...refresh, refresh_token: answer.REFRESH_ID }, 'POST').status).toBe(400)
    const journal = JSON.stringify(portal.journal)
    for (const secret of [answer.AUTH_ID, answer.REFRESH_ID, defaultFrameApp.clientSecret]) expect(journal).not.toContain(secret)
  })

  it('shows the registered app named by clientId (the first one by default), its scopes on the token', async () => {
    const apps = [
      { clientId: 'local.first.1', clientSecret: 's1' },
      { clientId: 'local.crm.2', clientSecret: 's2', scopes: ['user'] },
    ]
    const first = await openHost({}, { apps })
    expect(first.portal.applications.authority.lookup((await first.post('getInitData')).answer.AUTH_ID)?.clientId).toBe('local.first.1')
    const named = await openHost({ clientId: 'local.crm.2' }, { apps })
    const token = (await named.post('getInitData')).answer.AUTH_ID
    expect(named.portal.applications.authority.apps.has(defaultFrameApp.clientId)).toBe(false)
    // The app holds only `user`: a crm method is refused for its token.
    expect((await named.call('crm.contact.get', token)).error).toBe('insufficient_scope')
    expect(() => createFrameHost(createMockPortal({ apps }), { appUrl: 'http://a/', clientId: 'local.none.3' })).toThrow(
      new FrameHostError('clientId: expected the client id of a registered app (the portal\'s apps), got "local.none.3"'),
    )
  })

  it('setAppOption and setUserOption are kept in the store and shown by the next getInitData', async () => {
    const { post, portal } = await openHost()
    expect((await post('setAppOption', { name: 'colour', value: 'blue' })).raw).toBe('k1:')
    await post('setUserOption', { name: 'tab', value: 2 })
    const { answer } = await post('getInitData')
    expect(answer.APP_OPTIONS).toEqual({ colour: 'blue' })
    expect(answer.USER_OPTIONS).toEqual({ tab: 2 })
    expect(portal.store.options.getApp()).toEqual({ colour: 'blue' })
  })

  it("refuses a non-admin's setAppOption, and journals it", async () => {
    const { post, portal } = await openHost({ isAdmin: false })
    await post('setAppOption', { name: 'colour', value: 'blue' })
    expect(portal.store.options.getApp()).toEqual({})
    expect(portal.journal.at(-1)).toMatchObject({ method: 'setAppOption', transport: 'frame', status: 403, error: 'ACCESS_DENIED' })
  })

  it('resizeWindow, setTitle and placement calls are journalled, with what the window must do', async () => {
    const { post, portal } = await openHost()
    expect((await post('resizeWindow', { width: '100%', height: 480 })).effect).toEqual({ kind: 'resize', width: '100%', height: 480 })
    expect((await post('setTitle', { title: 'Deals: a:b' })).effect).toEqual({ kind: 'title', title: 'Deals: a:b' })
    await post('setValue', 'a raw value')
    expect(portal.journal.map((e) => [e.method, e.transport, e.path, e.params, e.status])).toEqual([
      ['resizeWindow', 'frame', '/frame/', { width: '100%', height: 480 }, 200],
      ['setTitle', 'frame', '/frame/', { title: 'Deals: a:b' }, 200],
      ['setValue', 'frame', '/frame/', { value: 'a raw value' }, 200],
    ])
  })

  it('refreshAuth issues a fresh token that works once the old one has expired', async () => {
    const { post, call, clock, portal } = await openHost({}, { tokenTtlSeconds: 60 })
    const first = (await post('getInitData')).answer
    clock.advance(61_000)
    expect((await call('crm.contact.get', first.AUTH_ID)).error).toBe('expired_token')
    const { answer } = await post('refreshAuth')
    expect(answer).toEqual({ AUTH_ID: expect.stringMatching(/^[0-9a-f]{32}$/), REFRESH_ID: expect.any(String), AUTH_EXPIRES: 60 })
    expect(answer.AUTH_ID).not.toBe(first.AUTH_ID)
    expect((await call('crm.contact.get', answer.AUTH_ID)).result.ID).toBe('50')
    expect(JSON.stringify(portal.journal)).not.toContain(answer.AUTH_ID)
  })

  it('install mode ends with setInstallFinish, which reloads the app', async () => {
    const { post, host } = await openHost({ install: true, firstRun: true })
    expect((await post('getInitData')).answer).toMatchObject({ INSTALL: true, FIRST_RUN: true })
    await post('setInstall', { install: true })
    expect((await post('setInstallFinish')).effect).toEqual({ kind: 'reload' })
    expect(host.state).toEqual({ install: false, firstRun: false })
    expect((await post('getInitData')).answer).toMatchObject({ INSTALL: false, FIRST_RUN: false })
  })

  it('ignores messages that are not frame commands or belong to another app', async () => {
    const { post } = await openHost()
    expect((await post('getInitData', undefined, 'another-sid')).status).toBe(422)
    const { host } = await openHost()
    const unknown = await host.dispatch(
      new Request(`${origin}/frame/command`, { method: 'POST', body: JSON.stringify({ appSid: 'nope', message: 'getInitData:k:nope' }) }),
    )
    expect(unknown.status).toBe(404)
  })
})

describe('parseFrameMessage', () => {
  it.each([
    ['getInitData:k1:sid', { command: 'getInitData', params: undefined, callbackKey: 'k1', appSid: 'sid' }],
    ['setTitle:{"title":"a:b"}:k2:sid', { command: 'setTitle', params: { title: 'a:b' }, callbackKey: 'k2', appSid: 'sid' }],
    ['setValue:plain text:k3:sid', { command: 'setValue', params: 'plain text', callbackKey: 'k3', appSid: 'sid' }],
    ['reloadWindow:sid', { command: 'reloadWindow', params: undefined, callbackKey: '', appSid: 'sid' }],
    [
      { method: 'custom:call', params: '{"a":1}', callback: 'k4', appSid: 'sid' },
      { command: 'custom:call', params: { a: 1 }, callbackKey: 'k4', appSid: 'sid' },
    ],
  ])('%j', (given, want) => {
    expect(parseFrameMessage(given)).toEqual(want)
  })

  it.each([['hello'], [''], ['{"json":true}'], [42], [null], [{ type: 'webpackOk' }]])('ignores %j', (given) => {
    expect(parseFrameMessage(given)).toBeUndefined()
  })
})
