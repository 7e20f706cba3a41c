/**
 * What crm.item.delivery.get and .list share: the delivery id, the server's access row, the pages'
 * delivery and the differences kept. Sources: the official pages api-reference/crm/universal/delivery/*.md
 * in bitrix24/b24restdocs (English) and bitrix-tools/b24-rest-docs (Russian). The tables are worded
 * as the payment pages' are (codes `0` and `100`, no texts), and the sample answer is the same
 * `Недостаточно прав` / `Insufficient permissions`, answered for a delivery that is not there as
 * for a caller without the right; so the rows and the differences follow specs/shared/payment-method.ts.
 */
import type { ErrorRowInput, MethodSpecInput } from '@b24kit/spec'
import type { DocsDifference } from './docs-differences.js'
import { keepPaymentDifferences, paymentUnavailableRow } from './payment-method.js'

/** The delivery (shipment) id, read as `id` and cast like PHP's (int). */
export const deliveryIdParam = {
  name: 'id',
  type: 'integer',
  required: true,
  coercion: 'php-int',
  minimum: 1,
  description: { ru: 'Идентификатор доставки.', en: 'The delivery ID.' },
  sources: ['crm.item.delivery.list'],
} as const satisfies MethodSpecInput['params'][number]

/** The server's one answer for a delivery that is not there and for a caller who may not read it. */
export const deliveryUnavailableRow = {
  ...paymentUnavailableRow,
  id: 'deliveryUnavailable',
  when: {
    ru: 'Доставки с таким `id` нет, или у пользователя нет права на ее заказ',
    en: 'No delivery has the `id`, or the user has no right on its order',
  },
} as const satisfies ErrorRowInput

/** A delivery of deal 13127 as get and list answer it (the store's seed in specs/shared/sale-entities.ts). */
export const delivery4077 = {
  id: 4077,
  accountNumber: '3657/2',
  priceDelivery: 79.99,
  currency: 'USD',
  deducted: 'N',
  dateDeducted: null,
  deliveryId: 228,
  deliveryName: 'Uber Taxi (Cargo)',
}

/** The rows the pages list by code alone stay out; the access row carries the sample answer's text. */
export const keepDeliveryDifferences = (): DocsDifference[] => keepPaymentDifferences(['deliveryUnavailable'])
