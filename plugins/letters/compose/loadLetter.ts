import { type Payload, type PayloadRequest } from 'payload'
import { currentUser, departmentIdsOf, hasRole } from '../../../src/access/roles'
import { type Locale, SOURCE_LOCALE } from '../../../src/languages'
import { isPlaceholderType, type PlaceholderSpec } from '../../../src/letters/placeholderTypes'
import {
  loadPublishedInsert,
  loadPublishedTemplate,
  type PublishedPart,
  type PublishedTemplate,
} from '../../../src/print/publishedContent'
import { forbidden, notFound } from '../../../src/api/httpErrors'

export interface LoadedLetter {
  locale: Locale
  danish: PublishedTemplate
  /** The template in the citizen's language (null when that is Danish). Its status says whether it is approved. */
  translation: PublishedTemplate | null
  /** The inserts in the citizen's language, in the configured order, each with its status. */
  inserts: PublishedPart[]
  specs: PlaceholderSpec[]
}

/** Whether the translated letter may be printed as a translation: approved for the current Danish, nothing less. */
export function translationApproved(letter: LoadedLetter): boolean {
  return letter.translation !== null && letter.translation.status === 'approved'
}

/**
 * Everything a letter is made of, read only through the published-content loader. A template that
 * is not published, or not one of the case worker's departments, is refused.
 */
export async function loadLetter(
  req: PayloadRequest,
  templateId: number,
  locale: Locale,
): Promise<LoadedLetter> {
  const { payload } = req
  const danish = await loadPublishedTemplate(payload, templateId, SOURCE_LOCALE)
  if (!danish) throw notFound(`Letter template ${templateId} does not exist or is not published`)
  const user = currentUser(req)
  if (
    !hasRole(user, 'admin') &&
    !departmentIdsOf(user).map(String).includes(String(danish.department))
  ) {
    throw forbidden('This letter template belongs to a department you do not send letters for')
  }
  const translation =
    locale === SOURCE_LOCALE ? null : await loadPublishedTemplate(payload, templateId, locale)
  const insertIds = danish.insertIds.length ? danish.insertIds : await defaultInsertIds(payload)
  const inserts: PublishedPart[] = []
  for (const id of insertIds) {
    const insert = await loadPublishedInsert(payload, id, locale)
    if (insert) inserts.push(insert)
  }
  const specs = danish.placeholders.map((p) => ({
    key: p.key,
    type: isPlaceholderType(p.type) ? p.type : 'text',
    label: p.description ?? p.key,
  }))
  return { locale, danish, translation, inserts, specs }
}

async function defaultInsertIds(payload: Payload): Promise<number[]> {
  const settings = await payload.findGlobal({ slug: 'letter-settings', depth: 0 })
  return (settings.defaultInserts ?? []).map((i) => (typeof i === 'object' ? i.id : i))
}
