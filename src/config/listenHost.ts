/**
 * The address the server listens on. Loopback unless HOST says otherwise: a local start prints
 * demo passwords and must not be reachable from the network by accident. A container sets
 * HOST=0.0.0.0 (docker-compose.yml does) so its port mapping works.
 */
export function listenHost(env: Record<string, string | undefined> = process.env): string {
  const host = env.HOST?.trim()
  return host ? host : '127.0.0.1'
}
