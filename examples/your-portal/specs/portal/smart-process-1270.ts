// Pulled by `b24kit pull` from the portal's crm.type.list and crm.item.fields (entityTypeId 1270).
// `b24kit pull` rewrites this file; keep your own entries in other files.
import { defineSmartProcess } from '@b24kit/spec'

export default defineSmartProcess({ entityTypeId: 1270, title: 'Parcels', typeName: 'Parcels', fields: [] })
