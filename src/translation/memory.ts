import type { TargetLocale } from '../languages'

export interface MemoryHit {
  text: string
  origin: 'human' | 'machine'
}

export interface MemoryEntry {
  sourceHash: string
  target: TargetLocale
  sourceText: string
  text: string
  origin: 'human' | 'machine'
  provider?: string
}

/** Exact-match translation memory keyed by (segment source hash, target language). */
export interface TranslationMemory {
  lookup(sourceHashes: string[], target: TargetLocale): Promise<Map<string, MemoryHit>>
  record(entries: MemoryEntry[]): Promise<void>
}

/** For tests and tools; the CMS stores its memory in Postgres. Human entries win over machine ones. */
export class InMemoryTranslationMemory implements TranslationMemory {
  private readonly entries = new Map<string, MemoryHit>()

  async lookup(sourceHashes: string[], target: TargetLocale): Promise<Map<string, MemoryHit>> {
    const hits = new Map<string, MemoryHit>()
    for (const hash of sourceHashes) {
      const hit =
        this.entries.get(`${hash}:${target}:human`) ?? this.entries.get(`${hash}:${target}:machine`)
      if (hit) hits.set(hash, hit)
    }
    return hits
  }

  async record(entries: MemoryEntry[]): Promise<void> {
    for (const e of entries)
      this.entries.set(`${e.sourceHash}:${e.target}:${e.origin}`, {
        text: e.text,
        origin: e.origin,
      })
  }

  get size(): number {
    return this.entries.size
  }
}
