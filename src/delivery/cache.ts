import { createHash } from 'node:crypto'

export interface CachedAnswer {
  status: number
  body: string
  etag: string
  surrogateKeys: string[]
}

/**
 * One delivery process's answers, kept until Postgres announces (NOTIFY, after commit) that the
 * read model changed. A generation counter makes sure an answer computed while a change arrived
 * is not kept; concurrent misses for one key share one computation.
 */
export class AnswerCache {
  private generation = 0
  private entries = new Map<string, CachedAnswer>()
  private inflight = new Map<string, Promise<CachedAnswer>>()

  constructor(private readonly maxEntries = 5000) {}

  clear(): void {
    this.generation++
    this.entries.clear()
    this.inflight.clear()
  }

  get size(): number {
    return this.entries.size
  }

  async get(
    key: string,
    compute: () => Promise<Omit<CachedAnswer, 'etag'>>,
  ): Promise<{ answer: CachedAnswer; hit: boolean }> {
    const cached = this.entries.get(key)
    if (cached) return { answer: cached, hit: true }
    const pending = this.inflight.get(key)
    if (pending) return { answer: await pending, hit: true }
    const generation = this.generation
    const computing = compute().then((a) => ({ ...a, etag: etagOf(a.body) }))
    this.inflight.set(key, computing)
    try {
      const answer = await computing
      if (generation === this.generation && answer.status === 200) {
        this.entries.set(key, answer)
        if (this.entries.size > this.maxEntries)
          this.entries.delete(this.entries.keys().next().value as string)
      }
      return { answer, hit: false }
    } finally {
      if (this.inflight.get(key) === computing) this.inflight.delete(key)
    }
  }
}

export function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`
}
