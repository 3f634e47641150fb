import type { Payload } from 'payload'
import type { TranslationEngine } from './port'

const KEY = Symbol.for('kommune-cms.translationEngine')
const store = globalThis as unknown as Record<symbol, Map<Payload, TranslationEngine> | undefined>

/** One engine per Payload instance (its memory lives in that instance's database). */
export async function engineFor(payload: Payload): Promise<TranslationEngine> {
  const engines = (store[KEY] ??= new Map())
  let engine = engines.get(payload)
  if (!engine) {
    const { createTranslationEngine } = await import('./payloadEngine')
    engine = createTranslationEngine(payload)
    engines.set(payload, engine)
  }
  return engine
}
