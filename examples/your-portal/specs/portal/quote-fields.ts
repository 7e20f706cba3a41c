// Pulled by `b24kit pull` from the portal's crm.quote.userfield.list.
// `b24kit pull` rewrites this file; keep your own entries in other files.
import { defineCustomFields } from '@b24kit/spec'

export default defineCustomFields({ entity: 'quote', fields: [{ name: 'UF_CRM_PAYMENT_TERMS', id: 395, type: 'string', label: 'Payment terms' }] })
