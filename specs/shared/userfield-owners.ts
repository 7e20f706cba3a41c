/**
 * The owners of custom fields beyond contacts and deals (leads, companies, quotes), each with the
 * default store's string field that its userfield pages' examples read. The ids count down from the
 * deal's 398, so the first field any owner adds is still 400 (the portal shares one id sequence).
 */
import { contactHelloField, type StoredUserField, type UserFieldOwner } from './userfield-method.js'

/** A string field of the default store, shaped as contact field 399, under its own id, code and labels. */
function createSeedField(ID: number, ENTITY_ID: string, FIELD_NAME: string, labels: { ru: string; en: string }): StoredUserField {
  return {
    ...contactHelloField,
    ID,
    ENTITY_ID,
    FIELD_NAME,
    SORT: 500,
    EDIT_FORM_LABEL: labels,
    LIST_COLUMN_LABEL: labels,
    LIST_FILTER_LABEL: labels,
    ERROR_MESSAGE: labels,
    HELP_MESSAGE: labels,
  }
}

/** The default store's custom field of leads. */
export const leadReferrerField = createSeedField(397, 'CRM_LEAD', 'UF_CRM_REFERRER', { ru: 'Кто порекомендовал', en: 'Referred by' })

/** The default store's custom field of companies. */
export const companyTaxOfficeField = createSeedField(396, 'CRM_COMPANY', 'UF_CRM_TAX_OFFICE', {
  ru: 'Налоговая инспекция',
  en: 'Tax office',
})

/** The default store's custom field of quotes (estimates). */
export const quotePaymentTermsField = createSeedField(395, 'CRM_QUOTE', 'UF_CRM_PAYMENT_TERMS', {
  ru: 'Условия оплаты',
  en: 'Payment terms',
})

/** An owner named as the portal names it: family `crm.<entity>`, ENTITY_ID `CRM_<ENTITY>`. */
function createOwner(entity: string, of: { ru: string; en: string }, seedField: StoredUserField): UserFieldOwner {
  return { entity, family: `crm.${entity}`, entityId: `CRM_${entity.toUpperCase()}`, of, seedField }
}

export const leadOwner = createOwner('lead', { ru: 'лидов', en: 'leads' }, leadReferrerField)
export const companyOwner = createOwner('company', { ru: 'компаний', en: 'companies' }, companyTaxOfficeField)
export const quoteOwner = createOwner('quote', { ru: 'предложений', en: 'quotes' }, quotePaymentTermsField)
