/** The CRM entities the mock stores, and what goes with a record when it is deleted. */
import { defineEntity } from '@b24kit/spec'
import { contactFields } from './contact-fields.js'
import { deal1875Bindings } from './deal-contact-method.js'
import { item, type } from './item-entities.js'

export const contact = defineEntity({
  name: 'contact',
  title: { ru: 'Контакт', en: 'Contact' },
  idField: 'ID',
  // crm.item.* knows contacts as entity type 3 (the CRM object types reference).
  entityTypeId: 3,
  // "удаляет контакт и все связанные с ним объекты": activities and requisites bound to it go too.
  linked: [
    { entity: 'activity', field: 'CONTACT_ID' },
    { entity: 'requisite', field: 'CONTACT_ID' },
  ],
  // The docs' examples delete contact 50 and read it with crm.contact.get, so the default store holds it.
  seed: [
    {
      ID: 50,
      NAME: 'Ivan',
      LAST_NAME: 'Petrov',
      OPENED: 'Y',
      EXPORT: 'Y',
      TYPE_ID: 'CLIENT',
      SOURCE_ID: 'SELF',
      ASSIGNED_BY_ID: 1,
      CREATED_BY_ID: 1,
      MODIFY_BY_ID: 1,
      DATE_CREATE: '2024-08-15T15:05:09+02:00',
      DATE_MODIFY: '2024-08-15T15:05:09+02:00',
      PHONE: [{ ID: '8', VALUE_TYPE: 'WORK', VALUE: '+7 495 000-00-50', TYPE_ID: 'PHONE' }],
      EMAIL: [{ ID: '9', VALUE_TYPE: 'WORK', VALUE: 'ivan.petrov@example.com', TYPE_ID: 'EMAIL' }],
    },
  ],
  fields: contactFields,
})

export const activity = defineEntity({ name: 'activity', title: { ru: 'Дело', en: 'Activity' }, idField: 'ID' })
export const requisite = defineEntity({ name: 'requisite', title: { ru: 'Реквизит', en: 'Requisite' }, idField: 'ID' })

// crm.company.delete's page deletes company 50 and names no linked objects.
export const company = defineEntity({
  name: 'company',
  title: { ru: 'Компания', en: 'Company' },
  idField: 'ID',
  seed: [{ ID: 50, TITLE: 'Romashka LLC' }],
})

// crm.deal.delete's page deletes deal 12 "and all objects linked to it": its activities go too.
// The crm.deal.contact.* pages work on deal 1875 and its contacts 55, 54 and 56.
export const deal = defineEntity({
  name: 'deal',
  title: { ru: 'Сделка', en: 'Deal' },
  idField: 'ID',
  linked: [{ entity: 'activity', field: 'DEAL_ID' }],
  seed: [
    { ID: 12, TITLE: 'Delivery of goods', STAGE_ID: 'NEW' },
    { ID: 1875, TITLE: 'Office supplies', STAGE_ID: 'NEW' },
  ],
  bindings: [{ target: 'contact', seed: deal1875Bindings.map((binding) => ({ OWNER_ID: 1875, ...binding })) }],
})

// crm.lead.delete's page deletes lead 123 "and all objects linked to it": its activities go too.
export const lead = defineEntity({
  name: 'lead',
  title: { ru: 'Лид', en: 'Lead' },
  idField: 'ID',
  linked: [{ entity: 'activity', field: 'LEAD_ID' }],
  seed: [{ ID: 123, TITLE: 'Website request', STATUS_ID: 'NEW' }],
})

export const entities = [contact, company, deal, lead, activity, requisite, item, type]
