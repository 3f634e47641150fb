import type { GlobalConfig } from 'payload'
import { isStaff } from '../../../src/access/predicates'

/** Written by jobs only (overrideAccess); nobody edits what DeepL said or what a sync did. */
const nobody = () => false

/**
 * The last language list DeepL answered (/v3/languages), so a restart while DeepL is down
 * still routes by it, and every process reads the daily refresh made by one of them.
 */
export const DeeplCapabilities: GlobalConfig = {
  slug: 'deepl-capabilities',
  label: 'DeepL capabilities',
  admin: { hidden: true },
  access: { read: isStaff, update: nobody },
  fields: [
    { name: 'reading', type: 'json', admin: { readOnly: true } },
    { name: 'lastCheckedAt', type: 'date', admin: { readOnly: true } },
    { name: 'lastError', type: 'text', admin: { readOnly: true } },
  ],
}

export const GLOSSARY_SYNC_STATES = ['pending', 'synced', 'failed'] as const
export type GlossarySyncState = (typeof GLOSSARY_SYNC_STATES)[number]

/**
 * The municipality's one multilingual DeepL glossary (all language pairs in one, as
 * deeplGlossarySync makes it): its id, and how the last background sync went.
 */
export const DeeplGlossarySync: GlobalConfig = {
  slug: 'deepl-glossary-sync',
  label: 'DeepL glossary sync',
  admin: { hidden: true },
  access: { read: isStaff, update: nobody },
  fields: [
    {
      name: 'state',
      type: 'select',
      options: GLOSSARY_SYNC_STATES.map((value) => ({ label: value, value })),
      admin: { readOnly: true },
    },
    {
      name: 'glossaryId',
      type: 'text',
      admin: { readOnly: true, description: 'The last synced glossary; translations use it.' },
    },
    { name: 'lastSyncedAt', type: 'date', admin: { readOnly: true } },
    { name: 'lastAttemptAt', type: 'date', admin: { readOnly: true } },
    { name: 'lastError', type: 'textarea', admin: { readOnly: true } },
    {
      name: 'languages',
      type: 'json',
      admin: { readOnly: true, description: 'Per language pair synced: entries.' },
    },
    {
      name: 'syncedHash',
      type: 'text',
      admin: { readOnly: true, description: 'What was last synced, to skip identical syncs.' },
    },
  ],
}
