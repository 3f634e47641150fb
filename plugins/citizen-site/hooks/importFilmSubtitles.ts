import type { CollectionBeforeChangeHook } from 'payload'
import { rejectRequest } from '../../../collections/shared/contentFields'
import { SOURCE_LOCALE } from '../../../src/languages'
import { describeProblems, parseWebVtt } from '../../../src/subtitles'
import { readMediaFile } from './subtitleFiles'

function idOf(value: unknown): number | null {
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'number')
    return (value as { id: number }).id
  return null
}

/**
 * On a Danish save, reads the chosen Danish WebVTT file into cue rows (when the file changed or
 * no cues are stored yet). A film without Danish subtitles is refused: every other language's
 * track is a translation of it. Translators' saves (other locales) leave cues and timings alone.
 */
export const importDanishSubtitles: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  if (req.locale !== SOURCE_LOCALE) return data
  const fileId = idOf(
    data.danishSubtitles !== undefined ? data.danishSubtitles : originalDoc?.danishSubtitles,
  )
  if (fileId === null)
    rejectRequest(
      'A film needs Danish subtitles: upload a WebVTT file (.vtt) and choose it as the Danish subtitles',
      'danishSubtitles',
    )
  const previousId = idOf(originalDoc?.danishSubtitles)
  const storedCues = (data.cues ?? originalDoc?.cues ?? []) as unknown[]
  if (fileId === previousId && storedCues.length > 0) return data
  const media = await req.payload.findByID({
    collection: 'media',
    id: fileId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!media?.filename || media.mimeType !== 'text/vtt')
    rejectRequest(`Media ${fileId} is not a WebVTT subtitle file`, 'danishSubtitles')
  const parsed = parseWebVtt((await readMediaFile(media.filename)).toString('utf8'))
  if (!parsed.ok)
    rejectRequest(
      `The Danish subtitles are not usable: ${describeProblems(parsed.problems)}`,
      'danishSubtitles',
    )
  return {
    ...data,
    danishSubtitles: fileId,
    cues: parsed.cues.map((cue) => ({ startMs: cue.startMs, endMs: cue.endMs, text: cue.text })),
  }
}
