'use client'

import { useState } from 'react'

type Board = { byLanguage: Record<string, Record<string, number>>; total: number }

/** Admin bulk action: submit every published document, then show progress until the queue is empty. */
export function TranslateAllButton() {
  const [progress, setProgress] = useState<string | null>(null)

  const run = async () => {
    setProgress('Submitting all published documents…')
    const response = await fetch('/api/translation-tasks/translate-all', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    const result = await response.json()
    if (!response.ok)
      return setProgress(result?.errors?.[0]?.message ?? `Failed (${response.status})`)
    for (;;) {
      const board = (await (
        await fetch('/api/translation-tasks/dashboard', { credentials: 'include' })
      ).json()) as Board
      const queued = Object.values(board.byLanguage).reduce(
        (n, states) => n + (states.queued ?? 0),
        0,
      )
      const done = board.total - queued
      setProgress(
        `${result.documents} documents submitted · machine translation ${done}/${board.total} tasks done`,
      )
      if (queued === 0) return
      await new Promise((r) => setTimeout(r, 2000))
    }
  }

  return (
    <p>
      <button type="button" onClick={run}>
        Translate all published material
      </button>{' '}
      {progress ? <span role="status">{progress}</span> : null}
    </p>
  )
}
