// Pulled by `b24kit pull` from the portal's crm.lead.userfield.list.
// `b24kit pull` rewrites this file; keep your own entries in other files.
import { defineCustomFields } from '@b24kit/spec'

export default defineCustomFields({ entity: 'lead', fields: [{ name: 'UF_CRM_REFERRER', id: 397, type: 'string', label: 'Referred by' }] })
