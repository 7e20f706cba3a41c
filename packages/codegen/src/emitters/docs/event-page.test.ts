import { describe, expect, it } from 'vitest'
import { getEventPageFileName, renderEventPage } from './event-page.js'
import { sampleDeleteSpec } from './fixtures/sample-specs.js'
import { langs } from './labels.js'

const event = {
  name: 'ONCRMSAMPLEDELETE',
  summary: { ru: 'Событие onCrmSampleDelete', en: 'Event onCrmSampleDelete' },
  description: { ru: 'Срабатывает, когда образец удалён.', en: 'Fires once a sample is deleted.' },
}

describe('renderEventPage', () => {
  for (const lang of langs) {
    it(`renders the event of the fixture in ${lang}`, async () => {
      await expect(renderEventPage(sampleDeleteSpec, event, lang)).toMatchFileSnapshot(`__snapshots__/event/oncrmsampledelete.${lang}.md`)
    })
  }

  it('names the page after the event, in the events folder, and links back to the method', () => {
    expect(getEventPageFileName('ONCRMSAMPLEDELETE')).toBe('events/oncrmsampledelete.md')
    expect(renderEventPage(sampleDeleteSpec, event, 'en')).toContain('Fired by [`crm.sample.delete`](../crm-sample-delete.md).')
  })
})
