'use client'

import { useId, useState } from 'react'
import { type CodeMap, MarkupView } from './MarkupView'

type Result = { source: string; text: string; origin: 'human' | 'machine' }
const NO_CODES: CodeMap = {}

/** Concordance search in this language's translation memory: how a word or phrase was translated before. */
export function Concordance({
  locale,
  lang,
  dir,
}: {
  locale: string
  lang: string
  dir: 'ltr' | 'rtl'
}) {
  const inputId = useId()
  const [query, setQuery] = useState('')
  const [results, setResults] = useState<Result[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  const search = async () => {
    setError(null)
    const response = await fetch(
      `/api/translation-tasks/concordance?locale=${encodeURIComponent(locale)}&q=${encodeURIComponent(query)}`,
      { credentials: 'include' },
    )
    const body = await response.json().catch(() => null)
    if (!response.ok)
      return setError(body?.errors?.[0]?.message ?? `Search failed (${response.status})`)
    setResults(body.results)
  }

  return (
    <div className="concordance" role="search">
      <label htmlFor={inputId}>Search memory (concordance)</label>{' '}
      <input
        id={inputId}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            void search()
          }
        }}
      />{' '}
      <button type="button" onClick={() => void search()} disabled={query.trim().length < 2}>
        Search
      </button>
      {error ? (
        <span role="alert" className="message error">
          {error}
        </span>
      ) : null}
      {results ? (
        results.length ? (
          <ul aria-label="Concordance results">
            {results.map((r, i) => (
              <li key={i}>
                {r.origin === 'human' ? 'approved' : 'machine'} ·{' '}
                <MarkupView markup={r.source} codes={NO_CODES} lang="da" dir="ltr" /> →{' '}
                <MarkupView markup={r.text} codes={NO_CODES} lang={lang} dir={dir} />
              </li>
            ))}
          </ul>
        ) : (
          <p role="status">Nothing in memory contains “{query}”.</p>
        )
      ) : null}
    </div>
  )
}
