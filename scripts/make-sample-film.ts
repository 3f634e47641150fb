/**
 * Makes seed/assets/velkommen.webm, the seed's sample film: four seconds of a drawn title card,
 * recorded by Debian's Chromium (MediaRecorder, VP8). Run once; the file is committed, so the
 * seed needs no browser. `npx tsx scripts/make-sample-film.ts`
 */
import { writeFileSync } from 'node:fs'
import { launchChromium } from '../tests/support/browser'

const browser = await launchChromium()
const page = await browser.newPage()
// A string, not a function: tsx would add helpers the page does not have.
const base64 = await page.evaluate<string>(`(async () => {
  const canvas = document.createElement('canvas')
  canvas.width = 160
  canvas.height = 90
  const g = canvas.getContext('2d')
  const stream = canvas.captureStream(10)
  const recorder = new MediaRecorder(stream, { mimeType: 'video/webm;codecs=vp8', videoBitsPerSecond: 60_000 })
  const chunks = []
  recorder.ondataavailable = (e) => chunks.push(e.data)
  const done = new Promise((resolve) => (recorder.onstop = resolve))
  recorder.start()
  const started = performance.now()
  await new Promise((resolve) => {
    const frame = () => {
      const t = (performance.now() - started) / 1000
      g.fillStyle = '#002e5f'
      g.fillRect(0, 0, 160, 90)
      g.fillStyle = '#fff'
      g.font = 'bold 16px sans-serif'
      g.fillText('Kend din kommune', 8, 40)
      g.fillRect(8, 60, Math.min(144, t * 36), 6)
      if (t < 4) requestAnimationFrame(frame)
      else resolve()
    }
    frame()
  })
  recorder.stop()
  await done
  const buffer = await new Blob(chunks, { type: 'video/webm' }).arrayBuffer()
  let binary = ''
  for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte)
  return btoa(binary)
})()`)
writeFileSync('seed/assets/velkommen.webm', Buffer.from(base64, 'base64'))
await browser.close()
console.log('seed/assets/velkommen.webm', Buffer.from(base64, 'base64').length, 'bytes')
