// Pulled by `b24kit pull` from the portal's crm.type.list and crm.item.fields (entityTypeId 1268).
// `b24kit pull` rewrites this file; keep your own entries in other files.
import { defineSmartProcess } from '@b24kit/spec'

export default defineSmartProcess({ entityTypeId: 1268, title: 'Deliveries', typeName: 'Deliveries', fields: [] })
