// Pulled by `b24kit pull` from the portal's crm.deal.userfield.list.
// `b24kit pull` rewrites this file; keep your own entries in other files.
import { defineCustomFields } from '@b24kit/spec'

export default defineCustomFields({ entity: 'deal', fields: [{ name: 'UF_CRM_DELIVERY_NOTE', id: 398, type: 'string', label: 'Delivery note' }] })
