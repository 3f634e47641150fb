/** The ceiling: a bare node:http server answering every request with the same bytes from memory (BENCH_BODY_FILE). */
import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

const body = readFileSync(process.env.BENCH_BODY_FILE!)
const headers = {
  'content-type': 'application/json; charset=utf-8',
  'content-length': String(body.length),
}
const server = http.createServer((_req, res) => res.writeHead(200, headers).end(body))
server.keepAliveTimeout = 65_000
server.listen(0, '127.0.0.1', () =>
  process.stdout.write(
    `ready ${JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })}\n`,
  ),
)
