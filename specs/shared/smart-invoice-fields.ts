/**
 * The typed fields of a smart invoice (the new invoices, entityTypeId 31, served by crm.item.* alone).
 * Source: api-reference/crm/universal/object-fields.md ("Invoice") and universal/invoice.md in
 * bitrix24/b24restdocs: a smart invoice has the base fields of a smart process item, plus its number,
 * a comment and a location. Stored under the UPPER_CASE names crm.item.fields gives as `upperName`.
 * Left out: `entityTypeId`, which this entity does not store (31 is the entity itself).
 */
import { type Field, field } from './field.js'
import { itemFields } from './item-entities.js'

export const smartInvoiceFields: Field[] = [
  ...itemFields.filter((f) => f.name !== 'ENTITY_TYPE_ID'),
  field('COMMENTS', 'text', 'Комментарий', 'Comment'),
  field('ACCOUNT_NUMBER', 'string', 'Номер счета', 'Invoice number'),
  field('LOCATION_ID', 'location', 'Местоположение', 'Location'),
]
