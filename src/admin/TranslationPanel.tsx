'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

type Status = 'done' | 'outdated' | 'in_review' | 'waiting_for_human' | 'withdrawn' | 'failed' | 'missing'

const LABEL: Record<Status, string> = {
  done: 'Published',
  outdated: 'Outdated (live text older than the Danish)',
  in_review: 'In review',
  waiting_for_human: 'Waiting for a human',
  withdrawn: 'Withdrawn',
  failed: 'Machine translation failed',
  missing: 'Missing',
}
const COLOUR: Record<Status, string> = { done: '#1e7d32', outdated: '#b3261e', in_review: '#8a5a00', waiting_for_human: '#6a1b9a', withdrawn: '#444', failed: '#b3261e', missing: '#666' }

/**
 * On every content document: the language strip (one chip per target language) and the
 * "Submit for translation" button, which sends the current Danish to the workflow.
 */
export function TranslationPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const [strip, setStrip] = useState<Record<string, Status> | null>(null)
  const [message, setMessage] = useState<string | null>(null)

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const response = await fetch(`/api/translation-tasks/language-status?collection=${collectionSlug}&id=${id}`, { credentials: 'include' })
    if (response.ok) setStrip(await response.json())
  }, [id, collectionSlug])

  useEffect(() => {
    void load()
  }, [load])

  if (!id) return <p style={{ fontSize: 13 }}>Save the document to translate it.</p>

  const submit = async () => {
    setMessage('Submitting…')
    const response = await fetch('/api/translation-tasks/submit', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ collection: collectionSlug, id }),
    })
    const body = await response.json()
    setMessage(response.ok ? `Submitted: ${body.created} new, ${body.outdated} updated, ${body.unchanged} unchanged.` : (body?.errors?.[0]?.message ?? `Failed (${response.status})`))
    await load()
  }

  return (
    <div className="translation-panel" style={{ marginBottom: 24 }}>
      <h4 style={{ margin: '0 0 8px' }}>Translations</h4>
      <ul aria-label="Translation status per language" style={{ listStyle: 'none', padding: 0, margin: '0 0 8px', display: 'flex', flexWrap: 'wrap', gap: 6 }}>
        {Object.entries(strip ?? {}).map(([locale, status]) => (
          <li key={locale} data-locale={locale} data-status={status} title={LABEL[status]} style={{ border: `1px solid ${COLOUR[status]}`, color: COLOUR[status], borderRadius: 4, padding: '2px 6px', fontSize: 12 }}>
            {locale.toUpperCase()} · {LABEL[status]}
          </li>
        ))}
      </ul>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={submit}>
        Submit for translation
      </button>
      <a href="/review" style={{ marginInlineStart: 12, fontSize: 13 }}>
        Review queue
      </a>
      {message ? (
        <p role="status" style={{ fontSize: 13 }}>
          {message}
        </p>
      ) : null}
    </div>
  )
}
