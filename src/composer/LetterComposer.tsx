'use client'

import { useEffect, useMemo, useRef, useState } from 'react'

interface Placeholder {
  key: string
  type: string
  label?: string
}
interface Part {
  kind: 'letter' | 'insert'
  title: string
  status: 'approved' | 'outdated' | 'missing'
}
interface Sms {
  locale: string
  text: string
  length: {
    encoding: string
    units: number
    segments: number
    perSegment: number
    remaining: number
    nonGsm: string[]
  }
}
interface Preview {
  title: string
  placeholders: Placeholder[]
  parts: Part[]
  omitted: string[]
  letter: { danish: string; translation: string | null }
  sms: Sms[]
  problems: Array<{ field: string; message: string }>
}
interface Problem {
  field?: string
  line?: number
  message: string
}

const INPUT_TYPE: Record<string, string> = {
  date: 'date',
  time: 'time',
  phone: 'tel',
  number: 'text',
}
const STATUS_TEXT: Record<Part['status'], string> = {
  approved: 'godkendt oversættelse',
  outdated: 'godkendt, men dansk er ændret siden',
  missing: 'ikke godkendt på dette sprog: kommer på dansk',
}

async function problemsOf(response: Response): Promise<Problem[]> {
  try {
    const body = (await response.json()) as {
      errors?: Array<{ message: string; data?: { problems?: Problem[] } }>
    }
    return (
      body.errors?.flatMap((e) => e.data?.problems ?? [{ message: e.message }]) ?? [
        { message: `HTTP ${response.status}` },
      ]
    )
  } catch {
    return [{ message: `HTTP ${response.status}` }]
  }
}

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/**
 * The case worker's composer. Everything it shows comes from /api/letters/preview, which reads
 * published content only; the values typed here go to the server with each request and are
 * never stored.
 */
export function LetterComposer({
  templates,
  languages,
}: {
  templates: Array<{ id: number; title: string }>
  languages: Array<{ code: string; label: string; nativeName: string }>
}) {
  const [template, setTemplate] = useState(templates[0]?.id ? String(templates[0].id) : '')
  const [language, setLanguage] = useState('ar')
  const [unitCode, setUnitCode] = useState('')
  const [missing, setMissing] = useState<'danish' | 'omit'>('danish')
  const [values, setValues] = useState<Record<string, string>>({})
  const [preview, setPreview] = useState<Preview | null>(null)
  const [problems, setProblems] = useState<Problem[]>([])
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState('')
  const fileRef = useRef<HTMLInputElement>(null)
  const request = useMemo(
    () => ({
      template: Number(template),
      language,
      unitCode: unitCode || 'XX-PREVIEW',
      missing,
      values,
    }),
    [template, language, unitCode, missing, values],
  )

  useEffect(() => {
    if (!template) return
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const r = await fetch('/api/letters/preview', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(request),
          signal: controller.signal,
        })
        if (r.ok) {
          setPreview((await r.json()) as Preview)
          setProblems([])
        } else setProblems(await problemsOf(r))
      } catch {
        // aborted by the next keystroke
      }
    }, 250)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [request, template])

  const body = () => ({ ...request, unitCode })

  async function makePdf() {
    setBusy(true)
    setDone('')
    try {
      const r = await fetch('/api/letters/pdf', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body()),
      })
      if (!r.ok) return setProblems(await problemsOf(r))
      setProblems([])
      download(
        await r.blob(),
        /filename="([^"]+)"/.exec(r.headers.get('content-disposition') ?? '')?.[1] ?? 'brev.pdf',
      )
      setDone(
        'PDF er lavet. Intet om borgeren er gemt; kun en optælling pr. skabelon, sprog, enhed og dag.',
      )
    } finally {
      setBusy(false)
    }
  }

  async function makeBatch() {
    const file = fileRef.current?.files?.[0]
    if (!file) return setProblems([{ field: 'file', message: 'Vælg en CSV-fil' }])
    setBusy(true)
    setDone('')
    try {
      const form = new FormData()
      form.set('template', template)
      form.set('unitCode', unitCode)
      form.set('missing', missing)
      form.set('file', file)
      const r = await fetch('/api/letters/batch', { method: 'POST', body: form })
      if (!r.ok) return setProblems(await problemsOf(r))
      setProblems([])
      download(await r.blob(), 'breve.zip')
      setDone(`${r.headers.get('x-letter-count') ?? ''} breve er lavet.`)
    } finally {
      setBusy(false)
    }
  }

  if (templates.length === 0)
    return <p>Der er ingen publicerede brevskabeloner for dine forvaltninger endnu.</p>
  const missingParts = preview?.parts.filter((p) => p.status === 'missing') ?? []
  const columns = preview ? `language,${preview.placeholders.map((p) => p.key).join(',')}` : ''

  return (
    <form onSubmit={(e) => (e.preventDefault(), makePdf())}>
      <fieldset>
        <legend>Brev</legend>
        <label htmlFor="template">Skabelon</label>
        <select id="template" value={template} onChange={(e) => setTemplate(e.target.value)}>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
        <label htmlFor="language">Borgerens sprog</label>
        <select id="language" value={language} onChange={(e) => setLanguage(e.target.value)}>
          {languages.map((l) => (
            <option key={l.code} value={l.code}>
              {l.label} ({l.nativeName})
            </option>
          ))}
        </select>
        <label htmlFor="unitCode">Enhed (kode, fx JC-NORREBRO)</label>
        <input
          id="unitCode"
          value={unitCode}
          onChange={(e) => setUnitCode(e.target.value.toUpperCase())}
          required
          pattern="[A-Z]{2,6}(-[A-Z0-9]{1,20}){1,3}"
        />
      </fieldset>

      {preview ? (
        <fieldset>
          <legend>Udfyld</legend>
          {preview.placeholders.map((p) => (
            <div key={p.key}>
              <label htmlFor={`value-${p.key}`}>{p.label ?? p.key}</label>
              <input
                id={`value-${p.key}`}
                name={p.key}
                type={INPUT_TYPE[p.type] ?? 'text'}
                value={values[p.key] ?? ''}
                onChange={(e) => setValues({ ...values, [p.key]: e.target.value })}
                required
              />
            </div>
          ))}
        </fieldset>
      ) : null}

      {preview ? (
        <fieldset>
          <legend>Indhold på borgerens sprog</legend>
          <ul aria-label="Dele af brevet">
            {preview.parts.map((part) => (
              <li
                key={`${part.kind}-${part.title}`}
                className={`status-${part.status}`}
                data-status={part.status}
              >
                {part.kind === 'letter' ? 'Brev' : 'Bilag'}: {part.title} (
                {STATUS_TEXT[part.status]})
              </li>
            ))}
          </ul>
          {missingParts.length ? (
            <div className="radio" role="radiogroup" aria-label="Dele uden godkendt oversættelse">
              <p>{missingParts.length} del(e) er ikke godkendt på dette sprog. Vælg:</p>
              <input
                type="radio"
                id="missing-danish"
                name="missing"
                checked={missing === 'danish'}
                onChange={() => setMissing('danish')}
              />
              <label htmlFor="missing-danish">
                Læg dem ved på dansk, med en note på borgerens sprog
              </label>
              <input
                type="radio"
                id="missing-omit"
                name="missing"
                checked={missing === 'omit'}
                onChange={() => setMissing('omit')}
              />
              <label htmlFor="missing-omit">Udelad dem</label>
            </div>
          ) : null}
        </fieldset>
      ) : null}

      <div aria-live="polite">
        {problems.length ? (
          <ul className="problems">
            {problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        ) : null}
        {done ? <p role="status">{done}</p> : null}
      </div>

      <p>
        <button type="submit" disabled={busy}>
          Lav PDF
        </button>
      </p>

      {preview ? (
        <section aria-label="Forhåndsvisning">
          <h2>Dansk og oversættelse</h2>
          <div className="grid">
            <div className="sheet" dangerouslySetInnerHTML={{ __html: preview.letter.danish }} />
            {preview.letter.translation ? (
              <div
                className="sheet"
                dangerouslySetInnerHTML={{ __html: preview.letter.translation }}
              />
            ) : (
              <div className="sheet">
                <p>Brevet er ikke godkendt på dette sprog.</p>
              </div>
            )}
          </div>
        </section>
      ) : null}

      {preview?.sms.length ? (
        <section aria-label="SMS">
          <h2>SMS-påmindelse</h2>
          <table>
            <thead>
              <tr>
                <th>Sprog</th>
                <th>Tekst</th>
                <th>Længde</th>
              </tr>
            </thead>
            <tbody>
              {preview.sms.map((s) => (
                <tr key={s.locale} data-sms={s.locale}>
                  <td>{s.locale}</td>
                  <td lang={s.locale} dir="auto">
                    {s.text}
                  </td>
                  <td>
                    {s.length.units} tegn ({s.length.encoding}), {s.length.segments} SMS,{' '}
                    {s.length.remaining} tilbage i den sidste
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>Teksten sendes ikke herfra; kopier den til kommunens SMS-tjeneste.</p>
        </section>
      ) : null}

      <fieldset>
        <legend>Mange breve på én gang (CSV)</legend>
        <p>
          Én række pr. brev, UTF-8, kolonner: <code>{columns}</code>. Datoer skrives ÅÅÅÅ-MM-DD,
          klokkeslæt TT:MM. Hele filen tjekkes, før der laves noget.
        </p>
        <label htmlFor="batch-file">CSV-fil</label>
        <input id="batch-file" type="file" accept=".csv,text/csv" ref={fileRef} />
        <p>
          <button type="button" onClick={makeBatch} disabled={busy}>
            Lav ZIP med PDF&apos;er
          </button>
        </p>
      </fieldset>
    </form>
  )
}
