import { notFound } from 'next/navigation'
import { TARGET_LANGUAGES } from '../../../../languages'
import { ReviewForm } from '../../../../review/ReviewForm'
import { XliffExchange } from '../../../../review/XliffExchange'
import { glossaryHints } from '../../../../review/glossaryHints'
import { requireStaff } from '../../../../review/session'
import { TASK_STATE_LABELS } from '../../../../workflow/taskStates'
import type { TaskSegment } from '../../../../../plugins/translation-workflow/engine/port'
import { fuzzySuggestions } from '../../../../../plugins/translation-workflow/engine/fuzzyMemory'
import { inlineCodesOf } from '../../../../../plugins/translation-workflow/codeLabels'

export const dynamic = 'force-dynamic'

/** Danish and the translation side by side, per segment, with origin, changes, QA and glossary. */
export default async function ReviewTask({ params }: { params: Promise<{ taskId: string }> }) {
  const id = Number((await params).taskId)
  if (!Number.isInteger(id)) notFound()
  const { payload, userDoc } = await requireStaff(`/review/${id}`)
  const found = await payload.find({
    collection: 'translation-tasks',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user: userDoc,
  })
  const task = found.docs[0]
  if (!task) notFound()
  const language = TARGET_LANGUAGES[task.locale]
  const segments = (task.segments ?? []) as TaskSegment[]
  const terms = await payload.find({ collection: 'glossary-terms', depth: 0, pagination: false })
  const hints = glossaryHints(segments, terms.docs, task.locale)
  const suggestions = await fuzzySuggestions(payload, segments, task.locale)
  const codes = await inlineCodesOf(payload, {
    collection: task.collection,
    documentId: task.documentId,
    segments,
  })
  const source = (await payload.findByID({
    collection: task.collection as 'leaflets',
    id: task.documentId,
    depth: 0,
    draft: true,
    disableErrors: true,
    select: { slug: true },
  })) as { slug?: string } | null
  return (
    <>
      <h1>
        {task.documentTitle} <small>→ {language.label}</small>
      </h1>
      {task.provider ? <p className="provider">Machine translation: {task.provider}</p> : null}
      {(task.comments ?? []).map((c) => (
        <p key={c.id ?? c.at} className="comment">
          Comment from {c.at ? new Date(c.at).toLocaleDateString('da-DK') : 'a reviewer'}: {c.text}
        </p>
      ))}
      {source?.slug ? (
        <p>
          <a
            href={`/print/${task.collection}/${source.slug}/${task.locale}?draft=1&bilingual=1`}
            target="_blank"
            rel="noopener"
          >
            Preview the draft in print layout, Danish beside it
          </a>
        </p>
      ) : null}
      <XliffExchange
        downloads={[
          {
            href: `/api/translation-tasks/${task.id}/xliff`,
            label: 'Download XLIFF for a CAT tool',
          },
        ]}
        reloadAfterImport
      />
      <ReviewForm
        taskId={task.id}
        state={task.state}
        stateLabels={TASK_STATE_LABELS}
        failureReason={task.failureReason}
        locale={task.locale}
        lang={language.bcp47}
        dir={language.dir}
        segments={segments}
        hints={hints}
        suggestions={suggestions}
        codes={codes}
      />
    </>
  )
}
