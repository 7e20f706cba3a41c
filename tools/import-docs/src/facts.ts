/**
 * The intermediate facts model: what the importer takes from one method page, before any spec is
 * written. Facts only (names, types, codes, server texts, shapes); the pages' prose never lands here,
 * so nothing downstream can copy it by accident.
 */

/** The two languages the docs are published in; pages are paired by path. */
export type Lang = 'en' | 'ru'

/** How a page spelled the required marker (`**id***`, `**id^*^**`, `**id**^*^`). */
export type RequiredMarker = 'star' | 'sup-inside' | 'sup-after'

/** One row of a parameter table, with the rows of its nested tables. */
export interface ParamFact {
  name: string
  /** The type as the page prints it: `integer`, `crm_status`, `object[]`... */
  type: string
  required: boolean
  requiredMarker?: RequiredMarker
  /** Values listed as inline code in the row's "possible values" list. */
  enumValues?: string[]
  /** Rows of a nested table tied to this parameter (the `fields` of `crm.deal.add`). */
  children?: ParamFact[]
}

/** One row of an error table. */
export interface ErrorFact {
  /** The `error` field; '' where the page says "empty value". */
  code: string
  /** The server's text, per language; absent where the table paraphrases instead of quoting. */
  text?: Partial<Record<Lang, string>>
  status?: number
  /** The table's header, normalised: which of the nine layouts the row came from. */
  layout: string
}

/** A sample answer, parsed. `repaired` names what had to be mended for it to parse. */
export interface AnswerFact {
  status?: number
  body: unknown
  repaired?: string[]
}

/** A worked example: the cURL request and the page's sample answer. */
export interface ExampleFact {
  /** The cURL body's params (OAuth's `auth` removed), keys spelled as the parameter table spells them. */
  params?: Record<string, unknown>
  /** What was mended to read the cURL body (shell substitution, placeholders, key case). */
  notes: string[]
  answer?: AnswerFact
}

/** Where the method name was found, and what each source said. */
export interface NameSources {
  h1?: string
  curl?: string
  file: string
}

/** Every fact of one page in one language. */
export interface PageFacts {
  /** Path below the checkout, `api-reference/crm/contacts/crm-contact-delete.md`. */
  path: string
  lang: Lang
  method?: string
  names: NameSources
  scope?: string
  access?: { permission?: 'read' | 'add' | 'update' | 'delete'; entity?: string }
  params: ParamFact[]
  result?: { type: string; fields: ParamFact[] }
  errors: ErrorFact[]
  errorSample?: AnswerFact
  examples: ExampleFact[]
  deprecated?: { replacement?: string }
  related: string[]
  /** The known variations this page showed (a repaired answer, a misspelled H1...). */
  variations: string[]
}

/** One method, both languages merged: rows paired by position. */
export interface MethodFacts extends Omit<PageFacts, 'lang'> {
  method: string
  /** Where the two languages disagree (a parameter name at the same row...). */
  mismatches: string[]
}
