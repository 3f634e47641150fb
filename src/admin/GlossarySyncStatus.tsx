'use client'

import { useCallback, useState } from 'react'
import { usePolling } from './usePolling'

type Sync = {
  deeplConfigured: boolean
  state: 'pending' | 'synced' | 'failed' | null
  glossaryId: string | null
  lastSyncedAt: string | null
  lastAttemptAt: string | null
  lastError: string | null
  languages: Array<{ locale: string; entries: number }>
}

const COLOUR = { pending: '#7a4f00', synced: '#1e7d32', failed: '#b3261e' } as const
const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString('en-GB') : 'never')
/** The sync runs in the background; the status follows it while the screen is open. */
const REFRESH_MS = 5000

/**
 * Read-only, on the glossary list and beside every term: how the glossary's DeepL sync went, the
 * error when it failed, and (for admins) a retry. Translation never waits for the sync.
 */
export function GlossarySyncStatus() {
  const [sync, setSync] = useState<Sync | null>(null)
  const [message, setMessage] = useState<string | null>(null)

  const load = useCallback(async () => {
    const r = await fetch('/api/glossary-terms/deepl-sync', { credentials: 'include' })
    if (r.ok) setSync(await r.json())
  }, [])

  usePolling(load, REFRESH_MS)

  if (!sync) return null
  const retry = async () => {
    const r = await fetch('/api/glossary-terms/deepl-sync', {
      method: 'POST',
      credentials: 'include',
    })
    const body = (await r.json().catch(() => ({}))) as { message?: string; errors?: unknown }
    setMessage(body.message ?? (r.ok ? 'Sync queued' : `Not queued (status ${r.status})`))
    void load()
  }
  return (
    <section
      aria-label="DeepL glossary sync"
      style={{
        margin: '0 0 16px',
        padding: '8px 12px',
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 4,
        fontSize: 13,
      }}
    >
      <strong>DeepL glossary sync: </strong>
      {!sync.deeplConfigured ? (
        <span>DeepL is not configured; the glossary is enforced by QA only.</span>
      ) : (
        <>
          <span
            data-sync-state={sync.state ?? 'never'}
            style={{ color: sync.state ? COLOUR[sync.state] : undefined }}
          >
            {sync.state ?? 'not synced yet'}
          </span>
          <div>Last synced: {when(sync.lastSyncedAt)}</div>
          {sync.state === 'failed' && sync.lastError && (
            <div role="alert" style={{ color: COLOUR.failed }}>
              Last attempt {when(sync.lastAttemptAt)} failed: {sync.lastError}. Translations use the
              glossary as last synced.
            </div>
          )}
          {sync.languages.length > 0 && (
            <div>
              Languages: {sync.languages.map((l) => `${l.locale} (${l.entries})`).join(', ')}
            </div>
          )}
          <button type="button" onClick={retry} style={{ marginTop: 6 }}>
            Sync now
          </button>
          {message && <div aria-live="polite">{message}</div>}
        </>
      )}
    </section>
  )
}
