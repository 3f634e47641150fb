'use client'

import { useState } from 'react'
import type { TaskSegment } from '../../plugins/translation-workflow/engine/port'
import type { FuzzySuggestion } from '../../plugins/translation-workflow/engine/fuzzyMemory'
import { qaSummary } from '../translation/qa'

type Props = {
  taskId: number
  state: string
  locale: string
  lang: string
  dir: 'ltr' | 'rtl'
  segments: TaskSegment[]
  hints: Record<string, string[]>
  /** Similar segments translated before, per segment key (fuzzy matches from memory). */
  suggestions: Record<string, FuzzySuggestion[]>
}

const ORIGIN_LABEL: Record<string, string> = {
  machine: 'Machine translation',
  'memory-machine': 'Memory (machine)',
  'memory-human': 'Memory (approved)',
  human: 'Edited by a translator',
  kept: 'Unchanged',
  'needs-human': 'Needs translation',
}

/** Plain <form> semantics and labels so the screen works with a keyboard and a screen reader. */
export function ReviewForm({ taskId, state, lang, dir, segments, hints, suggestions }: Props) {
  const [texts, setTexts] = useState<Record<string, string>>(Object.fromEntries(segments.map((s) => [s.key, s.text])))
  // The texts as last loaded or saved: a save sends only what changed since, with that as its base,
  // so it never writes back someone else's newer text (the server answers 409 instead).
  const [loaded, setLoaded] = useState<Record<string, string>>(Object.fromEntries(segments.map((s) => [s.key, s.text])))
  const [current, setCurrent] = useState({ state, segments })
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [comment, setComment] = useState('')
  const errors = qaSummary(current.segments).qaErrors

  async function call(action: 'save' | 'approve' | 'send-back', body?: unknown) {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`/api/translation-tasks/${taskId}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body ?? {}),
      })
      const result = await response.json()
      if (!response.ok) {
        setMessage(result?.errors?.[0]?.message ?? `Failed (${response.status})`)
        return
      }
      setCurrent({ state: result.state, segments: result.segments ?? current.segments })
      if (result.segments) {
        const saved = Object.fromEntries((result.segments as TaskSegment[]).map((s) => [s.key, s.text]))
        setLoaded(saved)
        setTexts(saved)
      }
      setMessage(action === 'approve' ? 'Approved and published.' : action === 'save' ? 'Saved.' : 'Sent back.')
    } finally {
      setBusy(false)
    }
  }

  const save = () => call('save', { segments: Object.entries(texts).filter(([key, text]) => text !== loaded[key]).map(([key, text]) => ({ key, text, base: loaded[key] })) })
  const confirm = (key: string) => call('save', { confirm: [key] })

  return (
    <form onSubmit={(e) => e.preventDefault()} aria-describedby="review-status">
      {current.segments.map((segment, index) => (
        <div key={segment.key} className={`segment${segment.changed ? ' changed' : ''}`} data-key={segment.key}>
          <div lang="da" dir="ltr">
            <div>
              <span className={`origin ${segment.origin}`}>{ORIGIN_LABEL[segment.origin] ?? segment.origin}</span>
              {segment.changed ? <strong> The Danish changed: edit the translation or confirm it still fits</strong> : null}
            </div>
            <p>{segment.source}</p>
            {segment.changed && segment.previousText ? (
              <p className="previous">
                Before the change: <span lang="da" dir="ltr">{segment.previousSource}</span> →{' '}
                <span lang={lang} dir={dir}>
                  {segment.previousText}
                </span>
              </p>
            ) : null}
            {segment.reason ? <p className="reason">{segment.reason}</p> : null}
            {segment.changed ? (
              <button type="button" onClick={() => confirm(segment.key)} disabled={busy} aria-label={`Confirm the translation of segment ${index + 1} still fits`}>
                Translation still fits
              </button>
            ) : null}
            {hints[segment.key]?.length ? (
              <ul className="glossary" aria-label="Glossary">
                {hints[segment.key].map((h) => (
                  <li key={h}>{h}</li>
                ))}
              </ul>
            ) : null}
          </div>
          <div>
            <label htmlFor={`segment-${index}`} className="visually-hidden">
              Translation of segment {index + 1}
            </label>
            <textarea id={`segment-${index}`} lang={lang} dir={dir} value={texts[segment.key] ?? ''} onChange={(e) => setTexts({ ...texts, [segment.key]: e.target.value })} />
            {suggestions[segment.key]?.length ? (
              <ul className="suggestions" aria-label={`Similar translations from memory for segment ${index + 1}`}>
                {suggestions[segment.key].map((s) => (
                  <li key={`${s.percent}:${s.text}`}>
                    <span className="match">{s.percent}%</span> {s.origin === 'human' ? 'approved' : 'machine'} ·{' '}
                    <span lang="da" dir="ltr">
                      {s.source}
                    </span>{' '}
                    →{' '}
                    <span lang={lang} dir={dir}>
                      {s.text}
                    </span>{' '}
                    <button type="button" onClick={() => setTexts({ ...texts, [segment.key]: s.text })} aria-label={`Use this ${s.percent}% match for segment ${index + 1}`}>
                      Use
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
            {segment.qa.length ? (
              <ul className="qa">
                {segment.qa.map((q, i) => (
                  <li key={i} className={q.severity}>
                    {q.severity === 'error' ? 'Error' : 'Warning'}: {q.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </div>
      ))}
      <div className="actions">
        <span id="review-status" className="status" data-state={current.state}>
          {current.state}
        </span>
        <button type="button" onClick={save} disabled={busy}>
          Save
        </button>
        <button type="button" onClick={() => call('approve')} disabled={busy || errors > 0} title={errors > 0 ? 'Fix the QA errors first' : undefined}>
          Approve and publish
        </button>
        <label>
          Comment <input value={comment} onChange={(e) => setComment(e.target.value)} />
        </label>
        <button type="button" onClick={() => call('send-back', { comment })} disabled={busy || !comment.trim()}>
          Send back
        </button>
        {message ? <span role="alert">{message}</span> : null}
      </div>
    </form>
  )
}
