import type { CollectionBeforeOperationHook } from 'payload'
import { rejectRequest } from '../../../collections/shared/contentFields'
import { describeProblems, parseWebVtt } from '../../../src/subtitles'
import { looksLikeSubtitleFile } from './subtitleFiles'

/**
 * A subtitle upload must be valid WebVTT without overlapping cues. Checked before the operation
 * runs, so a bad file is refused with the problems listed and nothing is written (no row, no file).
 */
export const validateSubtitleUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file || !looksLikeSubtitleFile(file)) return args
  const text = new TextDecoder('utf-8', { fatal: false }).decode(file.data)
  const result = parseWebVtt(text)
  if (!result.ok)
    rejectRequest(
      `${file.name}: not usable as WebVTT subtitles: ${describeProblems(result.problems)}`,
      'file',
    )
  return args
}
