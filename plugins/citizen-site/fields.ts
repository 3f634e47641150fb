import type { Field } from 'payload'
import { sourceFieldUpdate } from '../../src/access/predicates'
import { LIFE_SITUATIONS } from '../../src/citizen-site/interfaceTexts'

const label = (value: string) => value.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())

/**
 * Who a document is for. Staff material (methods, reflection questions, letter templates) is
 * never read by the citizen site at all; this flag lets an editor keep a leaflet or welcome text
 * that is meant for colleagues off the site too. Empty counts as citizens (documents made before
 * the flag existed were all citizen material).
 */
export const audienceField: Field = {
  name: 'audience',
  type: 'select',
  defaultValue: 'citizens',
  index: true,
  options: [
    { label: 'Citizens (shown on the citizen site)', value: 'citizens' },
    { label: 'Staff only (never on the citizen site)', value: 'staff' },
  ],
  access: { update: sourceFieldUpdate },
  admin: { position: 'sidebar' },
}

/** The life situations a document helps with: how the site groups material for citizens. */
export const lifeSituationsField: Field = {
  name: 'lifeSituations',
  type: 'select',
  hasMany: true,
  options: LIFE_SITUATIONS.map((value) => ({ label: label(value), value })),
  access: { update: sourceFieldUpdate },
  admin: {
    position: 'sidebar',
    description: 'Where the citizen site lists it ("What is it about?").',
  },
}
