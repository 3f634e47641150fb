import type { TaskConfig } from 'payload'
import { ALL_LOCALES } from '../../../src/languages'
import { OFFLINE_PACK_TASK } from '../hooks/queueOfflinePacks'
import { writeOfflinePack } from './buildPack'

/** Rebuilds every language's offline pack from what is published now. */
export const buildOfflinePacksTask: TaskConfig<{
  input: Record<string, never>
  output: { files: number }
}> = {
  slug: OFFLINE_PACK_TASK,
  label: 'Build offline packs',
  inputSchema: [],
  outputSchema: [{ name: 'files', type: 'number' }],
  retries: 2,
  handler: async ({ req }) => {
    let files = 0
    for (const locale of ALL_LOCALES) files += (await writeOfflinePack(req.payload, locale)).files
    return { output: { files } }
  },
}
