import type { GlobalConfig } from 'payload'
import { isAdmin } from '../../../src/access/predicates'
import { currentUser } from '../../../src/access/roles'

/** The inserts that follow every letter whose template names none; kept by an admin. */
export const LetterSettings: GlobalConfig = {
  slug: 'letter-settings',
  label: 'Letter settings',
  admin: { group: 'Letters' },
  access: { read: ({ req }) => Boolean(currentUser(req)), update: isAdmin },
  fields: [
    {
      name: 'defaultInserts',
      type: 'relationship',
      relationTo: 'leaflets',
      hasMany: true,
      admin: {
        description:
          'In this order, in the citizen\'s language, after the letter: e.g. "Dette brev er vigtigt", complaint guidance, "Har du spørgsmål?".',
      },
    },
  ],
}
