'use client'

import { useAllFormFields, useDocumentInfo } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useMemo, useRef, useState } from 'react'
import {
  buildWordList,
  createBlockCache,
  type DocumentReadability,
  documentBlocks,
  type PlainWordList,
  type ReadableField,
  type Readability,
  scoreDocument,
} from '../../../src/readability'

const BAND_COLOUR: Record<string, string> = {
  'very-easy': '#1e7d32',
  easy: '#1e7d32',
  medium: '#8a5a00',
  hard: '#b3261e',
  'very-hard': '#b3261e',
}

function Score({ r, limit }: { r: Readability; limit: number | null }) {
  if (r.status !== 'scored') return <p data-readability="too-short">{r.message}</p>
  const over = limit !== null && r.score > limit
  return (
    <p data-readability="score" data-score={r.score}>
      <strong style={{ fontSize: 22, color: BAND_COLOUR[r.band] }}>LIX {r.score}</strong>{' '}
      {r.labelDa} ({r.label})
      {limit !== null ? (
        <span style={{ display: 'block', fontSize: 12, color: over ? '#b3261e' : '#555' }}>
          {over
            ? `Above the limit of ${limit}: translation is held until it is plainer or overridden.`
            : `Limit for translation: ${limit}.`}
        </span>
      ) : null}
      <span style={{ display: 'block', fontSize: 12, color: '#555' }}>
        {r.counts.words} words, {r.counts.sentences} sentences, {r.counts.longWords} long words
      </span>
    </p>
  )
}

/**
 * Beside the Danish editor: LIX and hints recomputed as the editor types (in the browser, with
 * the same pure code the server stores with each version), and the override with a reason.
 */
export function ReadabilityPanel({ readable }: { readable: ReadableField[] }) {
  const [fields] = useAllFormFields()
  const { id, collectionSlug } = useDocumentInfo()
  const [wordList, setWordList] = useState<PlainWordList | null>(null)
  const [limit, setLimit] = useState<number | null>(null)
  const [result, setResult] = useState<DocumentReadability | null>(null)
  const [reason, setReason] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const cache = useMemo(() => createBlockCache(), [])
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  useEffect(() => {
    void fetch('/api/plain-words?pagination=false&depth=0', { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : { docs: [] }))
      .then((body: { docs: Array<{ word: string; plainer: string; note?: string | null }> }) =>
        setWordList(buildWordList(body.docs)),
      )
    if (id && collectionSlug)
      void fetch(`/api/plain-language/gate?collection=${collectionSlug}&id=${id}`, {
        credentials: 'include',
      })
        .then((r) => (r.ok ? r.json() : null))
        .then((body: { limit: number | null } | null) => setLimit(body?.limit ?? null))
  }, [id, collectionSlug])

  useEffect(() => {
    if (timer.current) clearTimeout(timer.current)
    // A short pause after the last keystroke; a recompute of a long document takes a few milliseconds.
    timer.current = setTimeout(() => {
      const values = reduceFieldsToValues(fields, true) as Record<string, unknown>
      setResult(
        scoreDocument(documentBlocks(values, readable), { wordList: wordList ?? undefined, cache }),
      )
    }, 150)
  }, [fields, readable, wordList, cache])

  const override = async () => {
    setMessage('Submitting…')
    const response = await fetch('/api/plain-language/override', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ collection: collectionSlug, id, reason }),
    })
    const body = await response.json()
    setMessage(
      response.ok
        ? `Override recorded; submitted: ${body.created} new, ${body.outdated} updated.`
        : (body?.errors?.[0]?.message ?? `Failed (${response.status})`),
    )
  }

  if (!result) return <p style={{ fontSize: 13 }}>Readability: scoring…</p>
  const hints = result.document.hints
  const over =
    result.document.status === 'scored' && limit !== null && result.document.score > limit
  return (
    <section
      className="readability-panel"
      aria-label="Readability of the Danish text"
      style={{ marginBottom: 24, fontSize: 13 }}
    >
      <h4 style={{ margin: '0 0 4px' }}>Readability (LIX)</h4>
      <Score r={result.document} limit={limit} />
      <ul aria-label="LIX per field" style={{ paddingInlineStart: 16, margin: '4px 0' }}>
        {Object.entries(result.fields).map(([name, r]) => (
          <li key={name}>
            {name}: {r.status === 'scored' ? `LIX ${r.score} (${r.label})` : 'too short to score'}
          </li>
        ))}
      </ul>
      {hints.longestSentences.length ? (
        <details open>
          <summary>Longest sentences ({hints.totals.longSentences})</summary>
          <ol>
            {hints.longestSentences.map((s, i) => (
              <li key={i}>
                <strong>{s.words} words</strong>: {s.text}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {hints.plainerWords.length ? (
        <details open>
          <summary>Plainer words ({hints.totals.plainerWords})</summary>
          <ul>
            {hints.plainerWords.map((w) => (
              <li key={w.word}>
                <s>{w.word}</s> → <strong>{w.plainer}</strong>
                {w.count > 1 ? ` (${w.count}×)` : ''}
                {w.note ? <span style={{ display: 'block', color: '#555' }}>{w.note}</span> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {hints.passives.length ? (
        <details>
          <summary>Passive forms ({hints.totals.passives})</summary>
          <ul>
            {hints.passives.map((p, i) => (
              <li key={i}>
                <strong>{p.phrase}</strong>: {p.sentence}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {hints.veryLongWords.length ? (
        <details>
          <summary>Very long words ({hints.totals.veryLongWords})</summary>
          <ul>
            {hints.veryLongWords.map((w) => (
              <li key={w.word}>
                {w.word} ({w.letters} letters)
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {over && id ? (
        <div style={{ marginTop: 8 }}>
          <label htmlFor="readability-override-reason">
            Translate anyway: reason (goes into the audit log)
          </label>
          <textarea
            id="readability-override-reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            rows={3}
            style={{ width: '100%' }}
          />
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            disabled={reason.trim().length < 10}
            onClick={override}
          >
            Override and submit for translation
          </button>
        </div>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </section>
  )
}
