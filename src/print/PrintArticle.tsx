import type { ShownText } from '../citizen-site/model'
import { lexicalToHtml } from '../render/lexicalToHtml'
import type { PrintableDoc } from './loadForPrint'

/**
 * One document, in the language it is served in; all HTML comes from the sanitizing renderer.
 * `fallbackNote` is the interface text 'fallback.note' in the requested language (approved, or
 * the Danish, marked as Danish).
 */
export function PrintArticle({
  doc,
  fallbackNote,
}: {
  doc: PrintableDoc
  fallbackNote: ShownText
}) {
  return (
    <article lang={doc.lang} dir={doc.dir}>
      {doc.isFallback ? (
        <p className="fallback-note" lang={fallbackNote.lang} dir={fallbackNote.dir}>
          {fallbackNote.text}
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
