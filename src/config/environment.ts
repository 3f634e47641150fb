/**
 * Production is what the operator says it is (CMS_ENV=production, or NODE_ENV=production when the
 * launcher did not decide), not what Next sets for `next start`: the quick start runs an optimised
 * build but still wants demo users and a generated secret.
 */
export function isProductionMode(env: Record<string, string | undefined> = process.env): boolean {
  if (env.CMS_ENV) return env.CMS_ENV === 'production'
  return env.NODE_ENV === 'production'
}
