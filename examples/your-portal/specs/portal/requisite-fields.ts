// Pulled by `b24kit pull` from the portal's crm.requisite.userfield.list.
// `b24kit pull` rewrites this file; keep your own entries in other files.
import { defineCustomFields } from '@b24kit/spec'

export default defineCustomFields({ entity: 'requisite', fields: [{ name: 'UF_CRM_NEWTECH_V1_STRING', id: 235, type: 'string', label: 'PP - Line' }] })
