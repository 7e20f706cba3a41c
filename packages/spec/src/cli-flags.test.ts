import { describe, expect, expectTypeOf, it } from 'vitest'
import { FlagError, type FlagTable, formatHelp, readFlags } from './cli-flags.js'

const table = {
  port: { type: 'string', default: '3000', value: 'PORT', meaning: 'port to listen on' },
  plan: { type: 'string', default: 'off', choices: ['standard', 'off'], meaning: 'request-rate plan' },
  seed: { type: 'string', value: 'FILE', meaning: 'records to start with', defaultText: 'the spec seeds' },
  webhook: { type: 'string', multiple: true, value: 'USER:CODE', meaning: 'a webhook to accept' },
  https: { type: 'boolean', default: false, meaning: 'serve HTTPS' },
  help: { type: 'boolean', short: 'h', default: false, meaning: 'print this help' },
} as const satisfies FlagTable

describe('readFlags', () => {
  it('reads values with their defaults, typed from the table', () => {
    const { values } = readFlags(table, ['--webhook', '1:a', '--webhook', '2:b', '--https'])
    expect(values).toEqual({ port: '3000', plan: 'off', webhook: ['1:a', '2:b'], https: true, help: false })
    expectTypeOf(values.port).toEqualTypeOf<string>()
    expectTypeOf(values.seed).toEqualTypeOf<string | undefined>()
    expectTypeOf(values.https).toEqualTypeOf<boolean>()
    expectTypeOf(values.webhook).toEqualTypeOf<string[] | undefined>()
  })

  it.each([
    [['--prot', '1'], "Unknown option '--prot'"],
    [['--port'], "Option '--port PORT' argument missing"],
    [['--plan', 'gold'], '--plan: expected one of standard, off, got "gold"'],
    [['stray'], 'Unexpected argument'],
  ])('refuses %j naming the flag and the value', (argv, message) => {
    expect(() => readFlags(table, argv)).toThrow(FlagError)
    expect(() => readFlags(table, argv)).toThrow(message)
  })

  it('takes positionals when asked', () => {
    expect(readFlags(table, ['crm.quote.delete'], { positionals: true }).positionals).toEqual(['crm.quote.delete'])
  })
})

describe('formatHelp', () => {
  it('prints every flag with its value, meaning and default, from the table', () => {
    expect(formatHelp(table, { usage: 'demo [flags]', about: 'A demo.' })).toBe(`usage: demo [flags]

A demo.

flags:
      --port PORT              port to listen on (default: 3000)
      --plan standard|off      request-rate plan (default: off)
      --seed FILE              records to start with (default: the spec seeds)
      --webhook USER:CODE ...  a webhook to accept
      --https                  serve HTTPS
  -h, --help                   print this help
`)
  })
})
