import { readFile } from 'node:fs/promises'
import path from 'node:path'

/** Where Media stores its files (the same setting collections/Media.ts uses). */
export function mediaDir(): string {
  return path.resolve(process.env.MEDIA_DIR ?? '.data/media')
}

export async function readMediaFile(filename: string): Promise<Buffer> {
  // Media filenames are made by Payload; basename keeps a crafted name inside the media folder.
  return readFile(path.join(mediaDir(), path.basename(filename)))
}

export function looksLikeSubtitleFile(file: { mimetype?: string; name?: string }): boolean {
  return file.mimetype === 'text/vtt' || /\.vtt$/i.test(file.name ?? '')
}
