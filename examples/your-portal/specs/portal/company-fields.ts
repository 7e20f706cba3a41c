// Pulled by `b24kit pull` from the portal's crm.company.userfield.list.
// `b24kit pull` rewrites this file; keep your own entries in other files.
import { defineCustomFields } from '@b24kit/spec'

export default defineCustomFields({ entity: 'company', fields: [{ name: 'UF_CRM_TAX_OFFICE', id: 396, type: 'string', label: 'Tax office' }] })
