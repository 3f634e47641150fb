'use client'

import { useEffect, useState } from 'react'
import type { DeeplUsageReport } from '../../plugins/translation-workflow/deepl/endpoints'

// The endpoint's answer, as the server types it (a type-only import: nothing server-side is bundled).
type Report = DeeplUsageReport

const box = {
  marginBottom: 24,
  padding: '12px 16px',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
}
const warningBox = { ...box, border: '2px solid #b3261e', background: '#fdecea', color: '#5f1410' }

function capabilityLine(c: Report['capabilities']): string {
  if (c.origin === 'deepl' && !c.lastError)
    return `Language capabilities read from DeepL ${c.checkedAt ? `at ${new Date(c.checkedAt).toLocaleString('en-GB')}` : ''}.`
  if (c.origin === 'deepl')
    return `DeepL's language list could not be read today (${c.lastError}); routing by the last one read${c.checkedAt ? ` at ${new Date(c.checkedAt).toLocaleString('en-GB')}` : ''}.`
  return c.lastError
    ? `DeepL's language list could not be read (${c.lastError}); routing by the built-in table.`
    : 'Language capabilities: the built-in table (DeepL has not been asked).'
}

/** On the dashboard: DeepL characters used of the limit (a warning from 80 %), or why there are none. */
export function DeeplUsageCard() {
  const [report, setReport] = useState<Report | null>(null)
  const [failed, setFailed] = useState<string | null>(null)

  useEffect(() => {
    void fetch('/api/translation-tasks/deepl-usage', { credentials: 'include' })
      .then(async (r) => {
        if (r.ok) setReport(await r.json())
        // Users who are not staff see nothing rather than an error.
        else if (r.status !== 401 && r.status !== 403) setFailed(`status ${r.status}`)
      })
      .catch((e: unknown) => setFailed(String(e)))
  }, [])

  if (failed)
    return (
      <section aria-label="Machine translation usage" style={box}>
        Machine-translation usage could not be loaded ({failed}).
      </section>
    )
  if (!report) return null
  const label =
    report.provider === 'pseudo'
      ? 'Pseudo-translation active'
      : report.provider === 'off'
        ? 'Machine translation off'
        : report.reachable
          ? 'DeepL usage'
          : 'DeepL unreachable'
  return (
    <section
      aria-label="Machine translation usage"
      data-warning={report.warning ? 'true' : 'false'}
      role={report.warning ? 'alert' : undefined}
      style={report.warning ? warningBox : box}
    >
      <h2 style={{ margin: '0 0 8px', fontSize: 18 }}>{label}</h2>
      <p style={{ margin: 0 }}>{report.text}</p>
      {report.percent !== null && (
        <meter
          aria-label="Share of the DeepL character limit used"
          min={0}
          max={100}
          low={80}
          high={80}
          optimum={0}
          value={Math.min(report.percent, 100)}
          style={{ width: '100%', marginTop: 8 }}
        />
      )}
      {report.provider === 'deepl' && (
        <p style={{ margin: '8px 0 0', fontSize: 13 }}>{capabilityLine(report.capabilities)}</p>
      )}
    </section>
  )
}
