import Link from 'next/link'

/** Payload's navigation gets the translators' own screens: My queue and the progress dashboard. */
export function ReviewNavLinks() {
  return (
    <nav
      aria-label="Translation work"
      className="review-nav-links"
      style={{ display: 'grid', gap: 4, margin: '12px 0' }}
    >
      <Link href="/review" className="nav__link">
        My queue
      </Link>
      <Link href="/review#dashboard" className="nav__link">
        Translation dashboard
      </Link>
    </nav>
  )
}
