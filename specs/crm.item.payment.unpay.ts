/**
 * crm.item.payment.unpay. Sources: the official pages api-reference/crm/universal/payment/crm-item-payment-unpay.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian): scope, who may call it,
 * `id`, `true` as result, the error table and the sample answer `Insufficient permissions`. Built
 * with its twin by createPaidFlagSpec (specs/shared/payment-method.ts); the example changes payment
 * 1038 of the default store.
 */
import { defineMethod } from '@b24kit/spec'
import type { DocsDifference } from './shared/docs-differences.js'
import { createPaidFlagSpec, keepPaymentDifferences } from './shared/payment-method.js'

export default defineMethod(createPaidFlagSpec('unpay'))

/** Where this spec differs from the official page on purpose; `pnpm import-docs --check` reports any other difference. */
export const docsDifferences: DocsDifference[] = keepPaymentDifferences(['paymentUnavailable'])
