/**
 * The "code examples" section: one `{% list tabs %}` block per spec example, with the tabs of the
 * Bitrix24 pages (cURL webhook and OAuth, b24jssdk, b24phpsdk, BX24.js, CRest) plus the b24kit
 * client and a test against the b24kit mock. cURL and CRest send each parameter under its first
 * accepted spelling (`ID`), the SDK tabs under its name (`id`), as the seed page does.
 */
import type { ExampleSpec, MethodSpec, SharedSpecs } from '@b24kit/spec'
import { toCamelName } from '../../naming.js'
import type { PageContext } from './context.js'
import { labels, pickText } from './labels.js'
import { formatJsLiteral, formatPhpLiteral } from './literals.js'
import { getLongestBacktickRun, indentBlock, renderCode, renderTabItem, renderTabList, type Tab } from './yfm.js'

/** The placeholders of the Bitrix24 pages, kept byte for byte (including `webbhook`). */
export const placeholders = {
  address: '**put_your_bitrix24_address**',
  userId: '**put_your_user_id_here**',
  webhookCode: '**put_your_webbhook_here**',
  accessToken: '**put_access_token_here**',
} as const

const webhookBase = `https://${placeholders.address}/rest/${placeholders.userId}/${placeholders.webhookCode}/`

/** The example's params keyed by each parameter's first spelling, as the server reads it first. */
export function spellParams(spec: MethodSpec, params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(params)) {
    const param = spec.params.find((p) => p.name === name)
    out[param?.spellings?.[0] ?? name] = value
  }
  return out
}

function quoteShell(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`
}

function renderCurl(body: Record<string, unknown>, url: string): string {
  return [
    'curl -X POST \\',
    '-H "Content-Type: application/json" \\',
    '-H "Accept: application/json" \\',
    `-d ${quoteShell(JSON.stringify(body))} \\`,
    url,
  ].join('\n')
}

function renderB24JsSdk(method: string, params: Record<string, unknown>): string {
  return [
    'try',
    '{',
    '\tconst response = await $b24.callMethod(',
    `\t\t'${method}',`,
    `\t\t${formatJsLiteral(params, '\t\t')}`,
    '\t);',
    '',
    // b24jssdk 2.2.0: `callMethod` resolves to an AjaxResult whose `isSuccess` and
    // `getErrorMessages()` report a soft error; `getData().result` is the method's bare result
    // (`true` for a delete). A portal error is thrown as an AjaxError, which the catch logs.
    '\tresponse.isSuccess',
    '\t\t? console.info(response.getData().result)',
    "\t\t: console.error(response.getErrorMessages().join('; '))",
    '\t;',
    '}',
    'catch( error )',
    '{',
    "\tconsole.error('Error:', error);",
    '}',
  ].join('\n')
}

function renderB24PhpSdk(method: string, params: Record<string, unknown>): string {
  return [
    'try {',
    '    $response = $b24Service',
    '        ->core',
    '        ->call(',
    `            '${method}',`,
    `            ${formatPhpLiteral(params, '            ')}`,
    '        );',
    '',
    '    $result = $response',
    '        ->getResponseData()',
    '        ->getResult();',
    '',
    '    if ($result->error()) {',
    "        echo 'Error: ' . $result->error();",
    '    } else {',
    "        echo 'Info: ' . $result->data();",
    '    }',
    '',
    '} catch (Throwable $e) {',
    '    error_log($e->getMessage());',
    `    echo 'Error calling ${method}: ' . $e->getMessage();`,
    '}',
  ].join('\n')
}

function renderBx24(method: string, params: Record<string, unknown>): string {
  return [
    'BX24.callMethod(',
    `    '${method}',`,
    `    ${formatJsLiteral(params, '    ', '    ')},`,
    '    (result) => {',
    '        result.error()',
    '            ? console.error(result.error())',
    '            : console.info(result.data())',
    '        ;',
    '    },',
    ');',
  ].join('\n')
}

function renderCrest(method: string, params: Record<string, unknown>): string {
  return [
    "require_once('crest.php');",
    '',
    '$result = CRest::call(',
    `    '${method}',`,
    `    ${formatPhpLiteral(params, '    ', '    ', false)}`,
    ');',
    '',
    "echo '<PRE>';",
    'print_r($result);',
    "echo '</PRE>';",
  ].join('\n')
}

/** The property path of a method on the b24kit client: `b24.crm.contact.delete`. */
export function getClientPath(method: string): string {
  return ['b24', ...method.split('.').map(toCamelName)].join('.')
}

function formatTsArgs(params: Record<string, unknown>): string {
  const flat = Object.values(params).every((v) => v === null || typeof v !== 'object')
  if (Object.keys(params).length === 0) return '{}'
  if (flat)
    return `{ ${formatJsLiteral(params, '', '')
      .replace(/^\{\n/, '')
      .replace(/,?\n\}$/, '')
      .replaceAll(',\n', ', ')} }`
  return formatJsLiteral(params, '', '  ')
}

/** The TypeScript tab: the same call through the generated @b24kit/client. */
export function renderClientExample(method: string, example: ExampleSpec, args = formatTsArgs(example.params)): string {
  return [
    "import { createClient } from '@b24kit/client'",
    '',
    'const b24 = createClient({',
    `  webhookUrl: '${webhookBase}',`,
    '})',
    '',
    `const result = await ${getClientPath(method)}(${args})`,
    `console.info(result) // ${JSON.stringify(example.result)}`,
  ].join('\n')
}

/** The seed records the mock needs for this example: the default store of the entity the method works on. */
function getMockSeed(spec: MethodSpec, shared: SharedSpecs): Record<string, unknown> {
  const { operation } = spec
  const entity = shared.entities.find((e) => e.name === operation.entity)
  const seed: Record<string, unknown> = entity && entity.seed.length > 0 ? { [entity.name]: entity.seed } : {}
  // A relation reads the owner's bindings too: the seed holds them under `owner.target`.
  const bindings = operation.kind === 'relation' ? entity?.bindings?.find((b) => b.target === operation.target) : undefined
  if (entity && bindings && bindings.seed.length > 0) seed[`${entity.name}.${bindings.target}`] = bindings.seed
  return seed
}

/** The printed seeds by shared specs, then by entity and relation target: the same for every method of an entity. */
const printedSeeds = new WeakMap<SharedSpecs, Map<string, string>>()

/**
 * The mock seed of the method as printed in the test tab. Many methods share an entity, and each
 * example of each page prints its whole store, so it is printed once per entity and run.
 */
function printMockSeed(spec: MethodSpec, shared: SharedSpecs): string {
  const { operation } = spec
  const key = `${operation.entity ?? ''}\n${operation.kind === 'relation' ? operation.target : ''}`
  const seeds = printedSeeds.get(shared) ?? new Map<string, string>()
  printedSeeds.set(shared, seeds)
  const printed = seeds.get(key) ?? formatJsLiteral({ seed: getMockSeed(spec, shared) }, '', '  ')
  seeds.set(key, printed)
  return printed
}

/** The test tab: the example run against @b24kit/mock in-process with msw. */
export function renderMockExample(spec: MethodSpec, shared: SharedSpecs, example: ExampleSpec, title: string): string {
  return renderMockCode(spec, shared, example, formatTsArgs(example.params), JSON.stringify(`${spec.method}: ${title}`))
}

/** The test tab's code, given the call's printed arguments and the test's quoted name. */
function renderMockCode(spec: MethodSpec, shared: SharedSpecs, example: ExampleSpec, args: string, testName: string): string {
  const seed = printMockSeed(spec, shared)
  return [
    "import { createClient } from '@b24kit/client'",
    "import { createMockPortal } from '@b24kit/mock'",
    "import { setupServer } from 'msw/node'",
    "import { afterAll, beforeAll, expect, test } from 'vitest'",
    '',
    `const portal = createMockPortal(${seed})`,
    'const server = setupServer(...portal.handlers)',
    "beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))",
    'afterAll(() => server.close())',
    '',
    `test(${testName}, async () => {`,
    '  const b24 = createClient({ webhookUrl: portal.webhookUrl })',
    `  expect(await ${getClientPath(spec.method)}(${args})).toEqual(${JSON.stringify(example.result)})`,
    '})',
  ].join('\n')
}

/** The tab items of one example that read alike in both languages, as renderTabItem renders them. */
interface SharedItems {
  /** cURL (Webhook), cURL (OAuth), JS, PHP, BX24.js, PHP CRest, TypeScript; JS and BX24.js without their note. */
  items: string[]
  /** The call's arguments as the TypeScript tabs print them. */
  args: string
  /** The test tab with `titleMarker` for the test's quoted name, or undefined where it cannot stand in. */
  mock: string | undefined
  /** The fence run of the test tab's code without its name: the name may only use it as it is if it has no longer run. */
  mockRun: number
}

/**
 * Stands for the test's name in a shared test tab: a character printed values hardly ever hold
 * (the name itself is JSON, where it is escaped); where the code holds it anyway, the tab is
 * rendered with the name each time.
 */
const titleMarker = '\u0000'

const mockTabTitle = 'Test (@b24kit/mock)'

/**
 * The shared items of the method last rendered, by example: the core renders a method's pages in
 * both languages one after the other, so the second page reuses the first's tabs (all but the
 * test's name and two notes), and nothing is kept past the method.
 */
let lastShared: { spec: MethodSpec; shared: SharedSpecs; byExample: Map<ExampleSpec, SharedItems> } | undefined

function getSharedItems(ctx: PageContext, example: ExampleSpec): SharedItems {
  const { spec, shared } = ctx
  if (lastShared?.spec !== spec || lastShared.shared !== shared) lastShared = { spec, shared, byExample: new Map() }
  const found = lastShared.byExample.get(example)
  if (found) return found
  const spelled = spellParams(spec, example.params)
  const args = formatTsArgs(example.params)
  const oauth = { ...spelled, auth: placeholders.accessToken }
  const tabs: Tab[] = [
    { title: 'cURL (Webhook)', body: renderCode('bash', renderCurl(spelled, `${webhookBase}${spec.method}`)) },
    { title: 'cURL (OAuth)', body: renderCode('bash', renderCurl(oauth, `https://${placeholders.address}/rest/${spec.method}`)) },
    { title: 'JS', body: renderCode('js', renderB24JsSdk(spec.method, example.params)) },
    { title: 'PHP', body: renderCode('php', renderB24PhpSdk(spec.method, example.params)) },
    { title: 'BX24.js', body: renderCode('js', renderBx24(spec.method, example.params)) },
    { title: 'PHP CRest', body: renderCode('php', renderCrest(spec.method, spelled)) },
    { title: 'TypeScript (@b24kit/client)', body: renderCode('ts', renderClientExample(spec.method, example, args)) },
  ]
  const mockCode = renderMockCode(spec, shared, example, args, titleMarker)
  const once = mockCode.indexOf(titleMarker) === mockCode.lastIndexOf(titleMarker)
  const mock = once ? renderTabItem({ title: mockTabTitle, body: renderCode('ts', mockCode) }) : undefined
  const items = { items: tabs.map(renderTabItem), args, mock, mockRun: Math.max(2, getLongestBacktickRun(mockCode)) }
  lastShared.byExample.set(example, items)
  return items
}

/** The tab items of one example, in the order of the Bitrix24 pages, then the b24kit tabs. */
function renderExampleItems(ctx: PageContext, example: ExampleSpec): string[] {
  const { spec } = ctx
  const l = labels[ctx.lang]
  const { items, args, mock, mockRun } = getSharedItems(ctx, example)
  const [curlWebhook, curlOAuth, js, php, bx24, crest, client] = items
  const testName = JSON.stringify(`${spec.method}: ${pickText(example.title, ctx.lang)}`)
  // A name with a longer backtick run than the rest of the code needs a longer fence: rendered anew.
  const test =
    mock !== undefined && getLongestBacktickRun(testName) <= mockRun
      ? mock.replace(titleMarker, () => testName)
      : renderTabItem({ title: mockTabTitle, body: renderCode('ts', renderMockCode(spec, ctx.shared, example, args, testName)) })
  // indentBlock works line by line, so a note after a blank line is indented on its own.
  return [
    curlWebhook,
    curlOAuth,
    `${js}\n\n${indentBlock(l.jsTabMock)}`,
    php,
    `${bx24}\n\n${indentBlock(l.bx24TabMock)}`,
    crest,
    client,
    test,
  ] as string[]
}

/** The whole examples section. */
export function renderExamplesSection(ctx: PageContext): string {
  const l = labels[ctx.lang]
  const blocks = ctx.spec.examples.map(
    (example) => `${pickText(example.title, ctx.lang)}\n\n${renderTabList(renderExampleItems(ctx, example))}`,
  )
  return [`## ${l.examples}`, l.examplesNote, ...blocks].join('\n\n')
}
