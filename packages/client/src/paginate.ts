/**
 * The pager of list methods: an async iterator over every record, page after page, following the
 * answer's `next`. Each page is an ordinary call through the transport, so validation, the bucket,
 * retries and the operating-time guard apply to it as to any other call.
 */
import type { Answer, B24Transport, CallOptions } from './base.js'
import type { Core } from './by-need.js'
import type { MethodDescriptor } from './descriptor.js'

/** Options of a pager: those of each call, and a look at each page's answer. */
export interface PaginateOptions<Item = unknown> extends CallOptions {
  /** Receives each page's whole answer (`result`, `total`, `next`, `time`) before its records are yielded. */
  onPage?: (answer: Answer<Item[]>) => void
}

/**
 * Yields every record a list method answers for `params`, from `params[start]` (or the first page)
 * on, following `next` until an answer has none. A `next` that does not move forward is an
 * invalid response, so a broken portal cannot loop the pager forever.
 *
 * ```ts
 * for await (const contact of paginate(client, crmContactListDescriptor, { filter: { '%NAME': 'Iv' } })) console.log(contact.ID)
 * ```
 */
export async function* paginate<Item = unknown>(
  { B24ApiError }: Core,
  client: B24Transport,
  descriptor: MethodDescriptor,
  params: object = {},
  options: PaginateOptions<Item> = {},
): AsyncGenerator<Item, void, undefined> {
  const { operation, method } = descriptor
  if (operation?.kind !== 'list') throw new TypeError(`b24kit: ${method} is not a list method`)
  const { onPage, ...callOptions } = options
  let start: unknown = (params as Record<string, unknown>)[operation.start]
  for (;;) {
    const page = { ...params, ...(start === undefined ? {} : { [operation.start]: start }) }
    const answer = await client.request<Item[]>(descriptor, page, callOptions)
    onPage?.(answer)
    // crm.item.list answers `{ items: [...] }`: the records sit under the key the spec wraps them in.
    yield* operation.wrap ? (answer.result as unknown as Record<string, Item[]>)[operation.wrap]! : answer.result
    const { next } = answer
    if (next === undefined || next === null) return
    if (typeof next !== 'number' || !(next > (Number(start) || 0)))
      throw new B24ApiError({ method, status: 200, code: '', description: 'Unexpected answer', kind: 'invalidResponse' })
    start = next
  }
}
