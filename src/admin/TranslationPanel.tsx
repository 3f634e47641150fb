'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useState } from 'react'
import { usePolling } from './usePolling'

type Status = 'done' | 'in_review' | 'outdated' | 'missing' | 'withdrawn' | 'failed'
type Entry = {
  locale: string
  label: string
  status: Status
  state: string | null
  waitingFor: string
  taskId: number | null
}
type Panel = { languages: Entry[]; submitNeeded: boolean }

const COLOUR: Record<Status, string> = {
  done: '#1e7d32',
  in_review: '#7a4f00',
  outdated: '#b3261e',
  missing: '#595959',
  withdrawn: '#595959',
  failed: '#b3261e',
}
/** Tasks move in the background (machine translation, a translator's approval); the panel follows. */
const REFRESH_MS = 4000

/**
 * On every content document: per language what it waits for (machine, a human, review, outdated,
 * withdrawn, failed with the reason), refreshed while tasks move, and "Submit for translation"
 * only when the Danish has something no task was made from.
 */
export function TranslationPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const [panel, setPanel] = useState<Panel | null>(null)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const response = await fetch(
      `/api/translation-tasks/language-panel?collection=${collectionSlug}&id=${id}`,
      { credentials: 'include' },
    )
    if (response.ok) setPanel(await response.json())
  }, [id, collectionSlug])

  usePolling(load, REFRESH_MS)

  if (!id) return <p style={{ fontSize: 13 }}>Save the document to translate it.</p>

  const submit = async () => {
    setMessage({ ok: true, text: 'Submitting…' })
    const response = await fetch('/api/translation-tasks/submit', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ collection: collectionSlug, id }),
    })
    const body = await response.json().catch(() => null)
    setMessage(
      response.ok
        ? {
            ok: true,
            text: `Submitted: ${body.created} new, ${body.outdated} updated, ${body.unchanged} unchanged.`,
          }
        : { ok: false, text: body?.errors?.[0]?.message ?? `Failed (${response.status})` },
    )
    await load()
  }

  return (
    <div className="translation-panel" style={{ marginBottom: 24 }}>
      <h4 style={{ margin: '0 0 8px' }}>Translations</h4>
      <ul
        aria-label="Translation status per language"
        aria-live="polite"
        style={{ listStyle: 'none', padding: 0, margin: '0 0 8px', display: 'grid', gap: 4 }}
      >
        {(panel?.languages ?? []).map((l) => (
          <li
            key={l.locale}
            data-locale={l.locale}
            data-status={l.status}
            data-state={l.state ?? ''}
            style={{
              borderInlineStart: `4px solid ${COLOUR[l.status]}`,
              paddingInlineStart: 6,
              fontSize: 12,
            }}
          >
            <strong>{l.label}</strong>:{' '}
            <span style={{ color: COLOUR[l.status] }}>{l.waitingFor}</span>
            {l.taskId && l.state !== 'published' ? (
              <>
                {' '}
                <a href={`/review/${l.taskId}`}>open task</a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {panel?.submitNeeded ? (
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={submit}>
          Submit for translation
        </button>
      ) : panel ? (
        <p style={{ fontSize: 12, margin: '0 0 4px' }}>
          Every language has a task for the current Danish.
        </p>
      ) : null}
      <a href="/review" style={{ marginInlineStart: 12, fontSize: 13 }}>
        My queue
      </a>
      {message ? (
        <p
          role={message.ok ? 'status' : 'alert'}
          style={{ fontSize: 13, color: message.ok ? '#1e7d32' : '#b3261e' }}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  )
}
