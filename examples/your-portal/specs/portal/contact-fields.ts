// Pulled by `b24kit pull` from the portal's crm.contact.userfield.list.
// `b24kit pull` rewrites this file; keep your own entries in other files.
import { defineCustomFields } from '@b24kit/spec'

export default defineCustomFields({
  entity: 'contact',
  fields: [
    { name: 'UF_CRM_RATING', id: 400, type: 'double', label: 'Rating' },
    {
      name: 'UF_CRM_TIER',
      id: 401,
      type: 'enumeration',
      label: 'Tier',
      items: [{ id: 1, value: 'Gold' }, { id: 2, value: 'Silver' }],
    },
    { name: 'UF_CRM_TAGS', id: 402, type: 'string', multiple: true, label: 'Tags' },
    { name: 'UF_CRM_HELLO_WORLD', id: 399, type: 'string', label: 'Hello, world' },
  ],
})
