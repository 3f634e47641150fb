'use client'

import { useEffect, useMemo, useRef, useState } from 'react'
import type { TaskSegment } from '../../plugins/translation-workflow/engine/port'
import type { FuzzySuggestion } from '../../plugins/translation-workflow/engine/fuzzyMemory'
import { missingCodes, segmentLabel } from './chipMarkup'
import { Concordance } from './Concordance'
import { type CodeMap, MarkupView } from './MarkupView'
import { describeQaIssue } from './qaInWords'
import { SegmentEditor, type SegmentEditorHandle } from './SegmentEditor'
import { actionsFor, STATE_EXPLANATION } from './taskActions'

type Props = {
  taskId: number
  state: string
  stateLabels: Record<string, string>
  failureReason?: string | null
  locale: string
  lang: string
  dir: 'ltr' | 'rtl'
  segments: TaskSegment[]
  hints: Record<string, string[]>
  /** Similar segments translated before, per segment key (fuzzy matches from memory). */
  suggestions: Record<string, FuzzySuggestion[]>
  /** Per segment key, what each inline code stands for (bold, link to …, the phone number). */
  codes: Record<string, CodeMap>
}

const ORIGIN_LABEL: Record<string, string> = {
  machine: 'Machine translation',
  'memory-machine': 'Memory (machine)',
  'memory-human': 'Memory (approved)',
  human: 'Edited by a translator',
  kept: 'Unchanged',
  'needs-human': 'Needs translation',
}
const NEEDS_WORK = new Set(['machine', 'memory-machine', 'needs-human'])

type Filter = 'all' | 'untranslated' | 'errors' | 'changed'
const FILTERS: Array<[Filter, string]> = [
  ['all', 'All'],
  ['untranslated', 'Not reviewed yet'],
  ['errors', 'QA errors'],
  ['changed', 'Changed since approval'],
]
type Message = { ok: boolean; text: string }

/**
 * The translator's workbench: per segment the Danish and an editor whose inline codes are chips,
 * labelled by field, filterable, with keyboard save-and-next, progress, memory (fuzzy matches and
 * concordance), a comment for the next translator, and the task's real state after every action.
 */
export function ReviewForm({
  taskId,
  state,
  stateLabels,
  failureReason,
  locale,
  lang,
  dir,
  segments,
  hints,
  suggestions,
  codes,
}: Props) {
  const [current, setCurrent] = useState({ state, segments, failureReason })
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(segments.map((s) => [s.key, s.text])),
  )
  const [notes, setNotes] = useState<Record<string, string>>(() =>
    Object.fromEntries(segments.map((s) => [s.key, s.note ?? ''])),
  )
  const [message, setMessage] = useState<Message | null>(null)
  const [busy, setBusy] = useState(false)
  const [comment, setComment] = useState('')
  const [filter, setFilter] = useState<Filter>('all')
  const editors = useRef(new Map<string, SegmentEditorHandle>())
  const actions = actionsFor(current.state)

  const saved = useMemo(() => new Map(current.segments.map((s) => [s.key, s])), [current.segments])
  const dirty = current.segments.filter(
    (s) => texts[s.key] !== s.text || (notes[s.key] ?? '') !== (s.note ?? ''),
  )
  const blocking = current.segments.flatMap((s) =>
    s.qa.filter((q) => q.severity === 'error').map((q) => ({ segment: s, issue: q })),
  )
  const reviewed = current.segments.filter((s) => s.text && !NEEDS_WORK.has(s.origin)).length
  const visible = current.segments.filter((s) => {
    if (filter === 'untranslated') return !s.text || NEEDS_WORK.has(s.origin)
    if (filter === 'errors') return s.qa.some((q) => q.severity === 'error')
    if (filter === 'changed') return s.changed
    return true
  })

  useEffect(() => {
    if (dirty.length === 0) return
    const warn = (e: BeforeUnloadEvent) => e.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [dirty.length])

  /** After a refused action the screen shows what the task really is now (someone else may have moved it). */
  async function reload() {
    const response = await fetch(`/api/translation-tasks/${taskId}?depth=0`, {
      credentials: 'include',
    })
    if (!response.ok) return
    const task = (await response.json()) as {
      state: string
      segments?: TaskSegment[]
      failureReason?: string | null
    }
    setCurrent({
      state: task.state,
      segments: task.segments ?? current.segments,
      failureReason: task.failureReason,
    })
  }

  async function call(
    action: 'save' | 'approve' | 'send-back' | 'retry',
    body: unknown,
    success: string,
  ): Promise<boolean> {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`/api/translation-tasks/${taskId}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body ?? {}),
      })
      const result = await response.json().catch(() => null)
      if (!response.ok) {
        setMessage({
          ok: false,
          text: result?.errors?.[0]?.message ?? `${action} failed (${response.status})`,
        })
        await reload()
        return false
      }
      const segmentsAfter: TaskSegment[] = result.segments ?? current.segments
      setCurrent({
        state: result.state,
        segments: segmentsAfter,
        failureReason: result.failureReason,
      })
      setMessage({ ok: true, text: success })
      return true
    } catch {
      setMessage({
        ok: false,
        text: 'The server could not be reached; nothing was changed. Try again.',
      })
      return false
    } finally {
      setBusy(false)
    }
  }

  const save = () =>
    call(
      'save',
      // Each edit names the text it started from: a segment someone else changed since is refused (409) with who and when.
      {
        segments: dirty.map((s) => ({
          key: s.key,
          text: texts[s.key] ?? '',
          base: s.text,
          note: notes[s.key] ?? '',
        })),
      },
      dirty.length ? `Saved ${dirty.length} segment${dirty.length === 1 ? '' : 's'}.` : 'Saved.',
    )

  function focusSibling(key: string, step: 1 | -1) {
    const keys = visible.map((s) => s.key)
    const next = keys[keys.indexOf(key) + step]
    if (next) editors.current.get(next)?.focus()
    document.getElementById(`segment-${next}`)?.scrollIntoView({ block: 'center' })
  }

  async function keyCommand(key: string, command: 'save-next' | 'next' | 'previous') {
    if (command === 'previous') return focusSibling(key, -1)
    if (command === 'next') return focusSibling(key, 1)
    if (actions.save && dirty.length && !(await save())) return
    focusSibling(key, 1)
  }

  const stateLabel = stateLabels[current.state] ?? current.state
  const index = new Map(current.segments.map((s, i) => [s.key, i]))

  return (
    <>
      <p className="state-line">
        State:{' '}
        <span id="review-status" className="status" data-state={current.state} aria-live="polite">
          {stateLabel}
        </span>
        {STATE_EXPLANATION[current.state] ? (
          <span className="explain"> · {STATE_EXPLANATION[current.state]}</span>
        ) : null}
        {current.failureReason ? <span className="explain"> · {current.failureReason}</span> : null}
      </p>
      <section className="toolbar" aria-label="Progress and filters">
        <div className="progress">
          <progress max={current.segments.length} value={reviewed} aria-label="Segments reviewed" />{' '}
          <span>
            {reviewed} of {current.segments.length} segments reviewed · {blocking.length} QA error
            {blocking.length === 1 ? '' : 's'} · {dirty.length} unsaved
          </span>
        </div>
        <fieldset className="filter">
          <legend>Show</legend>
          {FILTERS.map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name="filter"
                value={value}
                checked={filter === value}
                onChange={() => setFilter(value)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <p className="keys">
          Keys: <kbd>Ctrl</kbd>+<kbd>Enter</kbd> save and next · <kbd>Alt</kbd>+<kbd>↓</kbd>/
          <kbd>↑</kbd> next/previous · <kbd>F9</kbd> insert the next missing code
        </p>
        <Concordance locale={locale} lang={lang} dir={dir} />
      </section>
      <form onSubmit={(e) => e.preventDefault()} aria-describedby="review-status">
        {visible.length === 0 ? <p>No segment matches this filter.</p> : null}
        {visible.map((segment) => {
          const i = index.get(segment.key)!
          const label = segmentLabel(segment.key)
          const segmentCodes = codes[segment.key] ?? {}
          const missing = missingCodes(segment.source, texts[segment.key] ?? '')
          const insert = (code: string) => editors.current.get(segment.key)?.insertCode(code)
          return (
            <section
              key={segment.key}
              id={`segment-${segment.key}`}
              className={`segment${segment.changed ? ' changed' : ''}`}
              data-key={segment.key}
              aria-labelledby={`label-${i}`}
            >
              <h2 id={`label-${i}`} className="segment-label">
                {i + 1}. {label}
              </h2>
              <div lang="da" dir="ltr" className="source">
                <div>
                  <span className={`origin ${segment.origin}`}>
                    {ORIGIN_LABEL[segment.origin] ?? segment.origin}
                  </span>
                  {segment.changed ? (
                    <strong>
                      {' '}
                      The Danish changed: edit the translation or confirm it still fits
                    </strong>
                  ) : null}
                  {segment.changed && actions.save && texts[segment.key] === segment.text ? (
                    <button
                      type="button"
                      onClick={() => void call('save', { confirm: [segment.key] }, 'Confirmed.')}
                      disabled={busy}
                      aria-label={`Confirm the translation of ${label} still fits`}
                    >
                      Confirm
                    </button>
                  ) : null}
                  {saved.get(segment.key)?.text !== texts[segment.key] ? (
                    <em className="unsaved"> unsaved</em>
                  ) : null}
                </div>
                <p>
                  <MarkupView
                    markup={segment.source}
                    codes={segmentCodes}
                    onChip={actions.save ? insert : undefined}
                  />
                </p>
                {hints[segment.key]?.length ? (
                  <ul className="glossary" aria-label="Glossary">
                    {hints[segment.key].map((h) => (
                      <li key={h}>{h}</li>
                    ))}
                  </ul>
                ) : null}
              </div>
              <div className="target">
                <SegmentEditor
                  ref={(handle) => {
                    if (handle) editors.current.set(segment.key, handle)
                    else editors.current.delete(segment.key)
                  }}
                  id={`editor-${i}`}
                  label={`Translation of ${label}`}
                  describedBy={`label-${i}`}
                  source={segment.source}
                  value={texts[segment.key] ?? ''}
                  codes={segmentCodes}
                  lang={lang}
                  dir={dir}
                  readOnly={!actions.save}
                  onChange={(markup) => setTexts((t) => ({ ...t, [segment.key]: markup }))}
                  onKeyCommand={(command) => void keyCommand(segment.key, command)}
                />
                {missing.length && actions.save ? (
                  <p className="missing">
                    Missing codes:{' '}
                    {missing.map((c) => (
                      <button
                        key={c.key}
                        type="button"
                        className="chip-button"
                        onMouseDown={(e) => e.preventDefault()}
                        onClick={() => insert(c.key)}
                        aria-label={`Insert ${segmentCodes[c.key]?.description ?? c.key} into ${label}`}
                      >
                        <bdi dir="ltr">{segmentCodes[c.key]?.label ?? c.key}</bdi>
                      </button>
                    ))}
                  </p>
                ) : null}
                {suggestions[segment.key]?.length ? (
                  <ul
                    className="suggestions"
                    aria-label={`Similar translations from memory for ${label}`}
                  >
                    {suggestions[segment.key].map((s) => (
                      <li key={`${s.percent}:${s.text}`}>
                        <span className="match">{s.percent}%</span>{' '}
                        {s.origin === 'human' ? 'approved' : 'machine'} ·{' '}
                        <MarkupView markup={s.source} codes={segmentCodes} lang="da" dir="ltr" /> →{' '}
                        <MarkupView markup={s.text} codes={segmentCodes} lang={lang} dir={dir} />{' '}
                        {actions.save ? (
                          <button
                            type="button"
                            onClick={() => setTexts({ ...texts, [segment.key]: s.text })}
                            aria-label={`Use this ${s.percent}% match for ${label}`}
                          >
                            Use
                          </button>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {segment.qa.length ? (
                  <ul className="qa">
                    {segment.qa.map((q, n) => (
                      <li key={n} className={q.severity}>
                        {q.severity === 'error' ? 'Error' : 'Warning'}:{' '}
                        {describeQaIssue(q, segmentCodes)}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {segment.note && !actions.save ? (
                  <p className="note">Comment: {segment.note}</p>
                ) : null}
                {actions.save ? (
                  <label className="note">
                    Comment for the next translator
                    <input
                      value={notes[segment.key] ?? ''}
                      onChange={(e) => setNotes({ ...notes, [segment.key]: e.target.value })}
                      maxLength={500}
                    />
                  </label>
                ) : null}
              </div>
            </section>
          )
        })}
        <div className="actions">
          {actions.save ? (
            <button type="button" onClick={() => void save()} disabled={busy}>
              Save{dirty.length ? ` (${dirty.length})` : ''}
            </button>
          ) : null}
          {actions.approve ? (
            <>
              <button
                type="button"
                onClick={() => void call('approve', {}, 'Approved and published.')}
                disabled={busy || blocking.length > 0 || dirty.length > 0}
                aria-describedby="approve-blocked"
              >
                Approve and publish
              </button>
              {blocking.length || dirty.length ? (
                <div id="approve-blocked" className="blocked">
                  {dirty.length ? <p>Save your changes first.</p> : null}
                  {blocking.length ? (
                    <>
                      <p>
                        Approval needs {blocking.length} QA error{blocking.length === 1 ? '' : 's'}{' '}
                        fixed:
                      </p>
                      <ul>
                        {blocking.map(({ segment, issue }, n) => (
                          <li key={n}>
                            <a href={`#segment-${segment.key}`}>{segmentLabel(segment.key)}</a>:{' '}
                            {describeQaIssue(issue, codes[segment.key] ?? {})}
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                </div>
              ) : null}
            </>
          ) : null}
          {actions.sendBack ? (
            <>
              <label>
                Comment <input value={comment} onChange={(e) => setComment(e.target.value)} />
              </label>
              <button
                type="button"
                onClick={() =>
                  void call('send-back', { comment }, 'Sent back.').then(
                    (ok) => ok && setComment(''),
                  )
                }
                disabled={busy || !comment.trim()}
              >
                Send back
              </button>
            </>
          ) : null}
          {actions.retry ? (
            <button
              type="button"
              onClick={() => void call('retry', {}, 'Queued for machine translation again.')}
              disabled={busy}
            >
              Retry machine translation
            </button>
          ) : null}
          {message ? (
            <span
              role={message.ok ? 'status' : 'alert'}
              className={message.ok ? 'message ok' : 'message error'}
            >
              {message.text}
            </span>
          ) : null}
        </div>
      </form>
    </>
  )
}
