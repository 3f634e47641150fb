/** "Follow-up dashboard" under the collection links in the admin navigation. */
export function FollowUpNavLink() {
  return (
    <a
      className="nav__link"
      href="/admin/follow-up"
      style={{ display: 'block', marginTop: '1rem' }}
    >
      Follow-up dashboard
    </a>
  )
}
