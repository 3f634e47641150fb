import { languageOf, type Locale } from '../languages'
import { FALLBACK_NOTE } from '../publishing/fallbackNotes'
import { lexicalToHtml } from '../render/lexicalToHtml'
import type { PrintableDoc } from './loadForPrint'


/** One document, in the language it is served in; all HTML comes from the sanitizing renderer. */
export function PrintArticle({ doc, requested }: { doc: PrintableDoc; requested: Locale }) {
  const requestedLanguage = languageOf(requested)
  return (
    <article lang={doc.lang} dir={doc.dir}>
      {doc.isFallback && FALLBACK_NOTE[requested] ? (
        <p className="fallback-note" lang={requestedLanguage.bcp47} dir={requestedLanguage.dir}>
          {FALLBACK_NOTE[requested]}
        </p>
      ) : null}
      <h1>{doc.title}</h1>
      {doc.summary ? <p className="summary">{doc.summary}</p> : null}
      <div dangerouslySetInnerHTML={{ __html: doc.html }} />
      {doc.audienceVariants?.map((variant, i) => (
        <section key={i}>
          <h2>{variant.heading}</h2>
          <div dangerouslySetInnerHTML={{ __html: lexicalToHtml(variant.body) }} />
        </section>
      ))}
      {doc.questions?.length ? (
        <ol>
          {doc.questions.map((q, i) => (
            <li key={i}>
              <strong>{q.question}</strong>
              {q.help ? <p>{q.help}</p> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </article>
  )
}
