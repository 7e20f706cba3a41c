/**
 * What the app does with the portal: a contact with the portal's custom fields, and an item of its
 * "Parcels" smart process, each written and read back. Everything is typed by `src/b24/index.ts`,
 * which `npx b24kit generate` wrote from `specs/`.
 */
import { customFieldItems, entityTypeIds, type PortalClient } from './b24/index.js'

/** What `registerCustomer` read back. */
export interface Registered {
  contactId: number
  rating: number | null
  tier: '' | keyof typeof customFieldItems.contact.UF_CRM_TIER
  tags: string[]
  parcelTitle: string | null | undefined
}

/** Adds a Gold customer rated 4.5 with two tags and a parcel for them, and reads both back. */
export async function registerCustomer(b24: PortalClient, name: string): Promise<Registered> {
  const tiers = customFieldItems.contact.UF_CRM_TIER
  const contactId = await b24.crm.contact.add({
    fields: { NAME: name, UF_CRM_RATING: 4.5, UF_CRM_TIER: tiers.Gold, UF_CRM_TAGS: ['vip', 'newsletter'] },
  })
  const contact = await b24.crm.contact.get({ id: contactId })
  // An enumeration field holds an item id; its text is the key of that id.
  const tier = (Object.keys(tiers) as (keyof typeof tiers)[]).find((text) => tiers[text] === contact.UF_CRM_TIER) ?? ''

  // @ts-expect-error a double custom field reads as a number, not a string
  const wrongRating: string = contact.UF_CRM_RATING
  void wrongRating
  // @ts-expect-error 12345 is not an item of UF_CRM_TIER
  const wrongTier: typeof contact.UF_CRM_TIER = '12345'
  void wrongTier

  const added = await b24.crm.item.add({
    entityTypeId: entityTypeIds.Parcels,
    fields: { title: `Parcel for ${name}`, contactId },
  })
  const parcel = await b24.crm.item.get({ entityTypeId: entityTypeIds.Parcels, id: added.item.id })
  return {
    contactId,
    rating: contact.UF_CRM_RATING,
    tier,
    tags: contact.UF_CRM_TAGS,
    parcelTitle: parcel.item.title,
  }
}
