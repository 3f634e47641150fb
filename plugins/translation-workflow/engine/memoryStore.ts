import type { Payload } from 'payload'
import type { TargetLocale } from '../../../src/languages'
import type { MemoryEntry, MemoryHit, TranslationMemory } from '../../../src/translation'

function entryKey(sourceHash: string, target: TargetLocale, origin: 'human' | 'machine'): string {
  return `${sourceHash}:${target}:${origin}`
}

/** The engine's TranslationMemory, stored in the translation-memory collection. */
export function payloadTranslationMemory(payload: Payload): TranslationMemory {
  return {
    async lookup(sourceHashes: string[], target: TargetLocale): Promise<Map<string, MemoryHit>> {
      const hits = new Map<string, MemoryHit>()
      if (sourceHashes.length === 0) return hits
      const found = await payload.find({
        collection: 'translation-memory',
        where: {
          and: [{ sourceHash: { in: [...new Set(sourceHashes)] } }, { locale: { equals: target } }],
        },
        pagination: false,
        depth: 0,
      })
      for (const row of found.docs) {
        const existing = hits.get(row.sourceHash)
        // An approved human translation always beats a machine one for the same source.
        if (!existing || (existing.origin === 'machine' && row.origin === 'human'))
          hits.set(row.sourceHash, { text: row.text, origin: row.origin })
      }
      return hits
    },
    async record(entries: MemoryEntry[]): Promise<void> {
      for (const entry of entries) {
        const key = entryKey(entry.sourceHash, entry.target, entry.origin)
        const data = {
          entryKey: key,
          sourceHash: entry.sourceHash,
          locale: entry.target,
          origin: entry.origin,
          sourceText: entry.sourceText,
          text: entry.text,
          provider: entry.provider ?? null,
        }
        const find = () =>
          payload.find({
            collection: 'translation-memory',
            where: { entryKey: { equals: key } },
            limit: 1,
            depth: 0,
          })
        const existing = await find()
        if (existing.docs[0])
          await payload.update({ collection: 'translation-memory', id: existing.docs[0].id, data })
        else {
          try {
            await payload.create({ collection: 'translation-memory', data })
          } catch (error) {
            // Two jobs translating the same sentence at once (parallel tasks, "Kære {{citizenName}}" in
            // every letter): the other one created the entry between our find and create. Update it.
            const created = await find()
            if (!created.docs[0]) throw error
            await payload.update({ collection: 'translation-memory', id: created.docs[0].id, data })
          }
        }
      }
    },
  }
}
