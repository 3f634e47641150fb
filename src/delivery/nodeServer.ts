import http from 'node:http'
import type { DeliveryHandler } from './handler'

const MAX_BODY = 64 * 1024

/** The delivery handler on a bare node:http server: no framework between the socket and the cache. */
export function createDeliveryServer(handler: DeliveryHandler): http.Server {
  return http.createServer((req, res) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) {
        res
          .writeHead(413, { 'content-type': 'application/json' })
          .end(JSON.stringify({ errors: [{ message: 'Request body too large' }] }))
        req.destroy()
      } else chunks.push(chunk)
    })
    req.on('end', () => {
      if (res.headersSent) return
      handler({
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        header: (name) => {
          const value = req.headers[name]
          return Array.isArray(value) ? value.join(', ') : value
        },
        body: chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined,
      }).then(
        (answer) => res.writeHead(answer.status, answer.headers).end(answer.body ?? undefined),
        () =>
          res
            .writeHead(503, { 'content-type': 'application/json' })
            .end('{"errors":[{"message":"unavailable"}]}'),
      )
    })
  })
}
