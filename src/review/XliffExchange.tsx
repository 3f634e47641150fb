'use client'

import { useId, useState } from 'react'

type Result = {
  files: number
  tasks: Array<{ id: number; locale: string; imported: number; state: string }>
}

/**
 * Download a task (or each language's open tasks) as XLIFF for a CAT tool or an agency, and upload
 * the translated file. The server checks the whole file before saving any of it.
 */
export function XliffExchange({
  downloads,
  reloadAfterImport,
}: {
  downloads: Array<{ href: string; label: string }>
  reloadAfterImport?: boolean
}) {
  const inputId = useId()
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  const upload = async (file: File) => {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch('/api/translation-tasks/xliff', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/x-xliff+xml' },
        body: await file.text(),
      })
      const result = (await response.json()) as Result & { errors?: Array<{ message: string }> }
      if (!response.ok)
        return setMessage({
          ok: false,
          text: result.errors?.[0]?.message ?? `Import failed (${response.status})`,
        })
      const segments = result.tasks.reduce((n, t) => n + t.imported, 0)
      setMessage({
        ok: true,
        text: `Imported ${segments} segment${segments === 1 ? '' : 's'} into ${result.tasks.filter((t) => t.imported > 0).length} of ${result.tasks.length} task${result.tasks.length === 1 ? '' : 's'}.`,
      })
      if (reloadAfterImport && segments > 0) window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="xliff" aria-label="XLIFF exchange">
      {downloads.map((d) => (
        <a key={d.href} href={d.href} download>
          {d.label}
        </a>
      ))}
      <label htmlFor={inputId}>Upload translated XLIFF</label>
      <input
        id={inputId}
        type="file"
        accept=".xlf,.xliff,.xml,application/x-xliff+xml"
        disabled={busy}
        onChange={(e) => {
          const file = e.target.files?.[0]
          if (file) void upload(file)
          e.target.value = ''
        }}
      />
      {message ? (
        <span role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : undefined}>
          {message.text}
        </span>
      ) : null}
    </section>
  )
}
