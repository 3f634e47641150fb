import Link from 'next/link'

/** On Payload's dashboard, above the collections: where translation work starts. */
export function ReviewDashboardCard() {
  return (
    <section
      aria-label="Translation work"
      className="review-dashboard-card"
      style={{
        marginBottom: 24,
        padding: '12px 16px',
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 4,
      }}
    >
      <h2 style={{ margin: '0 0 8px', fontSize: 18 }}>Translation</h2>
      <p style={{ margin: 0 }}>
        <Link href="/review">My queue</Link>: the tasks of your languages, grouped by document.{' '}
        <Link href="/review#dashboard">Translation dashboard</Link>: tasks by language and state.
      </p>
    </section>
  )
}
