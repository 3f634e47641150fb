import type { Payload } from 'payload'
import { submitSource } from '../plugins/translation-workflow/submitSource'
import { engineFor } from '../plugins/translation-workflow/engine/engineFor'

/** The inserts every letter gets unless its template names its own, in this order. */
const DEFAULT_INSERTS = ['dette-brev-er-vigtigt', 'saadan-klager-du', 'har-du-spoergsmaal']
/** Per template: the inserts that follow it. A meeting invitation has no decision to complain about. */
const TEMPLATE_INSERTS: Record<string, string[]> = {
  'indkaldelse-til-samtale': ['dette-brev-er-vigtigt', 'har-du-spoergsmaal'],
  'du-har-faaet-en-afgoerelse': ['dette-brev-er-vigtigt', 'saadan-klager-du', 'har-du-spoergsmaal'],
}
/** What a new installation has machine drafts of, waiting in the translators' queues. */
const DRAFTED: Array<['leaflets' | 'letter-templates', string]> = [
  ['letter-templates', 'indkaldelse-til-samtale'],
  ['leaflets', 'dette-brev-er-vigtigt'],
  ['leaflets', 'saadan-klager-du'],
  ['leaflets', 'har-du-spoergsmaal'],
]

async function idOf(
  payload: Payload,
  collection: 'leaflets' | 'letter-templates',
  slug: string,
): Promise<number | null> {
  const found = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    depth: 0,
    limit: 1,
    draft: true,
  })
  return found.docs[0]?.id ?? null
}

/**
 * Letters on a first run: the default inserts, each template's inserts, and the meeting invitation
 * and the three inserts submitted for translation into all six languages. The translation jobs
 * make machine drafts (DeepL with a key, else the clearly marked pseudo-translation; Somali goes
 * to a human) that wait unpublished in the translators' queues: nothing here is ever published.
 * Idempotent: only what is missing is set or submitted.
 */
export async function seedLetters(payload: Payload): Promise<{ submitted: number }> {
  const settings = await payload.findGlobal({ slug: 'letter-settings', depth: 0 })
  if (!settings.defaultInserts?.length) {
    const ids = (
      await Promise.all(DEFAULT_INSERTS.map((slug) => idOf(payload, 'leaflets', slug)))
    ).filter((id): id is number => id !== null)
    await payload.updateGlobal({ slug: 'letter-settings', data: { defaultInserts: ids } })
  }
  for (const [slug, insertSlugs] of Object.entries(TEMPLATE_INSERTS)) {
    const found = await payload.find({
      collection: 'letter-templates',
      where: { slug: { equals: slug } },
      depth: 0,
      limit: 1,
    })
    const template = found.docs[0]
    if (!template || template.inserts?.length) continue
    const ids = (await Promise.all(insertSlugs.map((s) => idOf(payload, 'leaflets', s)))).filter(
      (id): id is number => id !== null,
    )
    await payload.update({
      collection: 'letter-templates',
      id: template.id,
      locale: 'da',
      data: { inserts: ids },
      context: { skipTranslationSubmit: true },
    })
  }
  let submitted = 0
  // A DeepL key is billed for these four short documents once (about 30,000 characters); opt out with CMS_SEED_LETTER_DRAFTS=false.
  if (process.env.CMS_SEED_LETTER_DRAFTS === 'false') return { submitted }
  const engine = await engineFor(payload)
  for (const [collection, slug] of DRAFTED) {
    const found = await payload.find({
      collection,
      where: { slug: { equals: slug } },
      depth: 0,
      limit: 1,
      locale: 'da',
    })
    const doc = found.docs[0]
    if (!doc) continue
    const tasks = await payload.count({
      collection: 'translation-tasks',
      where: { and: [{ collection: { equals: collection } }, { documentId: { equals: doc.id } }] },
    })
    if (tasks.totalDocs > 0) continue
    await submitSource(payload, engine, { collection, sourceDoc: { ...doc } })
    submitted++
  }
  return { submitted }
}
