/** What the conformance tests share for calls that must fail. */
import { B24ApiError } from '@b24kit/client'

/** The error a call fails with, or a failure when it succeeds. */
export async function failureOf(call: Promise<unknown>): Promise<B24ApiError> {
  try {
    await call
  } catch (error) {
    if (error instanceof B24ApiError) return error
    throw error
  }
  throw new Error('expected the call to fail')
}
