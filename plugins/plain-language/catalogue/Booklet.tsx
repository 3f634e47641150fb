import { languageOf } from '../../../src/languages'
import type { Catalogue } from './loadCatalogue'
import { CATALOGUE_LABELS } from './labels'

/**
 * A catalogue as a printable booklet: cover, contents (filled with page numbers when printed to
 * PDF), then one entry per page. All HTML comes from the sanitizing Lexical renderer.
 */
export function Booklet({ catalogue }: { catalogue: Catalogue }) {
  const labels = CATALOGUE_LABELS[catalogue.locale]
  const language = languageOf(catalogue.locale)
  return (
    <main data-catalogue={catalogue.kind} data-locale={catalogue.locale}>
      <section className="sheet cover">
        <h1>{catalogue.title}</h1>
        <p>{labels.municipality}</p>
        <p>{language.nativeName}</p>
        {catalogue.untranslated > 0 ? (
          <p className="note">{labels.notYetTranslated(catalogue.untranslated)}</p>
        ) : null}
      </section>
      <nav className="sheet toc" aria-labelledby="toc-heading" data-sheet="toc">
        <h2 id="toc-heading">{labels.contents}</h2>
        <ol>
          {catalogue.sections.map((section, s) => (
            <li key={section.id} className="toc-section">
              <a href={`#${section.entries[0].id}`}>
                <span className="toc-title">
                  {s + 1}. {section.heading}
                </span>
              </a>
              <ol>
                {section.entries.map((entry, e) => (
                  <li key={entry.id}>
                    <a href={`#${entry.id}`} data-toc-for={entry.id}>
                      <span className="toc-title">
                        {s + 1}.{e + 1} {entry.title}
                      </span>
                      <span className="toc-page" />
                    </a>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </nav>
      {catalogue.sections.map((section, s) =>
        section.entries.map((entry, e) => (
          <article key={entry.id} id={entry.id} className="sheet entry" data-sheet="entry">
            {e === 0 ? (
              <p className="section-heading">
                {s + 1}. {section.heading}
              </p>
            ) : null}
            <h1>
              {s + 1}.{e + 1} {entry.title}
            </h1>
            {entry.summary ? <p className="summary">{entry.summary}</p> : null}
            {entry.html ? <div dangerouslySetInnerHTML={{ __html: entry.html }} /> : null}
            {entry.questions?.length ? (
              <ol className="questions">
                {entry.questions.map((q, i) => (
                  <li key={i}>
                    <strong>{q.question}</strong>
                    {q.help ? <p>{q.help}</p> : null}
                  </li>
                ))}
              </ol>
            ) : null}
            {entry.practice ? (
              <>
                <p className="meta">
                  {entry.practice.department} · {entry.practice.letterType}
                </p>
                <h2>
                  Før <span className="lix">{entry.practice.beforeLix}</span>
                </h2>
                <blockquote className="passage before">{entry.practice.before}</blockquote>
                <h2>
                  Efter <span className="lix">{entry.practice.afterLix}</span>
                </h2>
                <blockquote className="passage after">{entry.practice.after}</blockquote>
                <h3>Hvad er ændret</h3>
                <p>{entry.practice.whatChanged}</p>
                {entry.practice.why ? (
                  <>
                    <h3>Hvorfor</h3>
                    <p>{entry.practice.why}</p>
                  </>
                ) : null}
              </>
            ) : null}
          </article>
        )),
      )}
    </main>
  )
}
