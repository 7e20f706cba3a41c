/**
 * The docs' raw-protocol calls with real curl against the b24kit-mock CLI, verifying its certificate
 * with `--cacert` (the file `--cert-out` saved): GET query, form, multipart and JSON bodies, the
 * `.json` and `.xml` suffixes, upper-case method names, `auth` in the query and in the body, and
 * batch with `halt` (and the docs' double-encoded batch in a query).
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { beforeEach, describe, expect, inject, it } from 'vitest'
import { callAdmin, getWebhookUrl, interopCredentials } from './fixture.js'

const run = promisify(execFile)
const mock = inject('mock')
const hook = getWebhookUrl(mock)
const token = interopCredentials.accessToken

/** Runs /usr/bin/curl verifying TLS against the mock's certificate (never -k); -g keeps `[` `]` in URLs literal. */
async function curl(args: string[]): Promise<{ status: number; type: string; body: string }> {
  const { stdout } = await run('/usr/bin/curl', [
    '-sS',
    '-g',
    '--cacert',
    mock.certificate,
    '-w',
    '\n%{http_code} %{content_type}',
    ...args,
  ])
  const cut = stdout.lastIndexOf('\n')
  const [status = '0', ...type] = stdout.slice(cut + 1).split(' ')
  return { body: stdout.slice(0, cut), status: Number(status), type: type.join(' ') }
}

const json = 'application/json; charset=utf-8'
const readResult = (body: string) => (JSON.parse(body) as { result: unknown }).result

describe('the raw protocol with curl', () => {
  beforeEach(async () => {
    await callAdmin(mock, 'reset')
  })

  it.each([
    ['a GET query', [`${hook}crm.contact.get?id=50`]],
    ['a form body', ['-d', 'id=50', `${hook}crm.contact.get`]],
    ['a multipart body', ['-F', 'id=50', `${hook}crm.contact.get`]],
    ['a JSON body', ['-H', 'Content-Type: application/json', '-d', '{"id":50}', `${hook}crm.contact.get`]],
    ['the .json suffix', [`${hook}crm.contact.get.json?id=50`]],
    ['an upper-case method name', [`${hook}CRM.CONTACT.GET?ID=50`]],
    ['auth in the query', [`${mock.url}/rest/crm.contact.get?id=50&auth=${token}`]],
    ['auth in a form body', ['-d', `id=50&auth=${token}`, `${mock.url}/rest/crm.contact.get`]],
    [
      'auth in a JSON body',
      ['-H', 'Content-Type: application/json', '-d', `{"id":50,"auth":"${token}"}`, `${mock.url}/rest/crm.contact.get`],
    ],
  ])('reads %s', async (_title, args) => {
    const answer = await curl(args)
    expect(answer).toMatchObject({ status: 200, type: json })
    expect(readResult(answer.body)).toMatchObject({ ID: '50', NAME: 'Ivan' })
  })

  it('answers the .xml suffix as text/xml with a <response> root', async () => {
    const answer = await curl([`${hook}crm.contact.get.xml?id=50`])
    expect(answer.status).toBe(200)
    expect(answer.type).toBe('text/xml; charset=utf-8')
    expect(answer.body).toMatch(
      /^<\?xml version="1\.0" encoding="utf-8"\?>\n<response><result><ID>50<\/ID>.*<NAME>Ivan<\/NAME>.*<\/result><time>.*<\/time><\/response>$/s,
    )
  })

  it('answers an unknown OAuth token with 401 invalid_token', async () => {
    expect(await curl([`${mock.url}/rest/crm.contact.get?id=50&auth=not-a-token`])).toEqual({
      status: 401,
      type: json,
      body: '{"error":"invalid_token","error_description":"The access token provided is invalid"}',
    })
  })

  it('stops a batch at the first error with halt=1, and runs every command with halt=0', async () => {
    const cmd = ['-d', 'cmd[miss]=crm.contact.delete?id=999', '-d', 'cmd[hit]=crm.contact.delete?id=50']
    const halted = readResult((await curl([...cmd, '-d', 'halt=1', `${hook}batch`])).body) as Record<string, unknown>
    expect(halted).toMatchObject({ result: [], result_error: { miss: { error: 'ERROR_CORE' } }, result_time: [] })
    expect((await curl([`${hook}crm.contact.get?id=50`])).status).toBe(200)
    const all = readResult((await curl([...cmd, '-d', 'halt=0', `${hook}batch`])).body) as Record<string, unknown>
    expect(all).toMatchObject({ result: { hit: true }, result_error: { miss: { error: 'ERROR_CORE' } } })
    expect(Object.keys(all.result_time as object)).toEqual(['hit'])
    expect((await curl([`${hook}crm.contact.get?id=50`])).status).toBe(400)
  })

  it('runs the docs double-encoded batch in a GET query, with a reference and a list total', async () => {
    const seeded = ((await callAdmin(mock, 'store')) as { store: { contact: unknown[] } }).store.contact.length
    const add = encodeURIComponent('crm.contact.add?fields[NAME]=John%26Martin')
    const get = encodeURIComponent('crm.contact.get?id=%24result%5Badd%5D')
    const list = encodeURIComponent('crm.contact.list?select[]=ID')
    const answer = await curl([`${hook}batch?cmd[add]=${add}&cmd[get]=${get}&cmd[list]=${list}`])
    const result = readResult(answer.body) as { result: { get: { NAME: string } }; result_total: unknown; result_error: unknown }
    expect(result.result_error).toEqual([])
    expect(result.result.get.NAME).toBe('John&Martin')
    // The seeded contacts and the one the batch added.
    expect(result.result_total).toEqual({ list: seeded + 1 })
  })
})
