import { PassThrough, Readable } from 'node:stream'
import { ZipFile } from 'yazl'

export interface ZipEntry {
  name: string
  data: Uint8Array
}

/** How much finished ZIP may wait for a slow client before the next letter is made. */
const HIGH_WATER = 2 * 1024 * 1024

/**
 * A ZIP streamed as it is made: one entry is produced, added and handed on before the next is
 * made, and production waits while the client has not read what is ready, so memory holds about
 * one PDF and never the batch. PDFs are already compressed, so entries are stored, not deflated.
 */
export function zipStream(
  count: number,
  makeEntry: (index: number) => Promise<ZipEntry>,
  onDone?: (error: unknown) => void,
): ReadableStream<Uint8Array> {
  const zip = new ZipFile()
  const out = new PassThrough()
  zip.outputStream.pipe(out)
  let stopped = false
  out.on('close', () => (stopped = true))
  const waitForReader = async () => {
    while (!stopped && out.readableLength + out.writableLength > HIGH_WATER)
      await new Promise((r) => setTimeout(r, 5))
  }
  ;(async () => {
    for (let i = 0; i < count && !stopped; i++) {
      const entry = await makeEntry(i)
      zip.addBuffer(
        Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength),
        entry.name,
        { compress: false, mtime: new Date() },
      )
      await waitForReader()
    }
    zip.end()
    out.once('end', () => onDone?.(null))
  })().catch((error) => {
    onDone?.(error)
    out.destroy(error instanceof Error ? error : new Error(String(error)))
  })
  return Readable.toWeb(out) as ReadableStream<Uint8Array>
}
