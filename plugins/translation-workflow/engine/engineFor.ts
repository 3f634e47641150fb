import type { Payload } from 'payload'
import type { TranslationEngine } from './port'
import { processGlobal } from '../../../src/processGlobal'

const engines = processGlobal(
  'kommune-cms.translationEngine',
  () => new Map<Payload, TranslationEngine>(),
)

/** One engine per Payload instance (its memory lives in that instance's database). */
export async function engineFor(payload: Payload): Promise<TranslationEngine> {
  let engine = engines.get(payload)
  if (!engine) {
    const { createTranslationEngine } = await import('./payloadEngine')
    engine = createTranslationEngine(payload)
    engines.set(payload, engine)
  }
  return engine
}
