import { maySendLetters } from '../../../access/predicates'
import { departmentIdsOf, hasRole } from '../../../access/roles'
import { LetterComposer } from '../../../composer/LetterComposer'
import { ALL_LOCALES, languageOf } from '../../../languages'
import { listPublishedTemplates } from '../../../print/publishedContent'
import { requireStaff } from '../../../review/session'

export const dynamic = 'force-dynamic'

/** The composer: a published template, the citizen's language, typed values → one PDF (or a CSV batch → ZIP). */
export default async function LettersPage() {
  const { payload, user } = await requireStaff('/letters')
  if (!maySendLetters(user)) {
    return (
      <>
        <h1>Breve</h1>
        <p>
          Breve laves af sagsbehandlere (rollen caseworker) og administratorer. / Letters are for
          case workers and admins.
        </p>
      </>
    )
  }
  const templates = await listPublishedTemplates(
    payload,
    hasRole(user, 'admin') ? null : departmentIdsOf(user).map(Number),
  )
  const languages = ALL_LOCALES.map((code) => ({
    code,
    label: languageOf(code).label,
    nativeName: languageOf(code).nativeName,
  }))
  return (
    <>
      <h1>Nyt brev</h1>
      <LetterComposer
        templates={templates.map((t) => ({ id: t.id, title: t.title }))}
        languages={languages}
      />
    </>
  )
}
