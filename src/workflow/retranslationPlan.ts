import { matchPercent } from '../translation/fuzzy'
import type { SegmentOrigin, SourceUnit, TaskSegment } from './taskSegment'

/**
 * Which segments of a task keep their translation and which go back to machine translation when
 * the Danish changes. Segment keys are positions (`body.3`), so a moved, inserted, deleted or split
 * paragraph shifts every key after it; segments are therefore aligned by content, the way CAT tools
 * and Weblate match units: a new segment whose Danish is exactly an old segment's Danish (same hash)
 * is that segment, wherever it now stands, and keeps its translation, its origin and its flags.
 * Only segments whose Danish is new are re-translated; once the task had a translation, they are
 * flagged `changed` so a person edits or confirms them before approval.
 */

export interface PlanInput {
  /** The Danish as it is now, in document order. */
  source: SourceUnit[]
  /** The task's segments from its last pass (keys of the old structure). */
  previous: TaskSegment[]
  /** The language's draft as it is now, by old key (a direct edit in the admin counts as human). */
  current: Map<string, string>
}

export interface Replaced {
  text: string
  source: string
  /** The translator's comment on the replaced segment: it still concerns the new Danish. */
  note?: string
}

export interface RetranslationPlan {
  /** Segments that keep their translation, already under their new keys. */
  keep: TaskSegment[]
  /** Segments that need a new translation (memory, then the provider). */
  retranslate: SourceUnit[]
  /** Per re-translated key: the nearest old segment it replaces (an edited or split paragraph), if any. */
  replaced: Map<string, Replaced | null>
  /** Per re-translated key: whether to flag it for the translator. */
  flag: Map<string, boolean>
  /** Old segments whose Danish is gone (deleted, edited or split away). */
  dropped: TaskSegment[]
}

/** Smallest share of surviving words for an old segment to count as the one a new segment replaces. */
const REPLACED_MIN_PERCENT = 50

export function planRetranslation(input: PlanInput): RetranslationPlan {
  const { source, previous, current } = input
  const byHash = new Map<string, TaskSegment[]>()
  for (const old of previous)
    byHash.set(old.sourceHash, [...(byHash.get(old.sourceHash) ?? []), old])
  const used = new Set<TaskSegment>()
  const matchOf = new Map<string, TaskSegment>()
  // Same key first (a paragraph that stayed put), then the first unused one with the same Danish.
  for (const unit of source) {
    const candidates = (byHash.get(unit.sourceHash) ?? []).filter((old) => !used.has(old))
    const match = candidates.find((old) => old.key === unit.key) ?? candidates[0]
    if (!match) continue
    const text = current.get(match.key) || match.text
    // A segment that never got a translation (a failed or empty pass) is translated again, unflagged.
    if (!text) continue
    used.add(match)
    matchOf.set(unit.key, match)
  }
  const dropped = previous.filter((old) => !used.has(old))
  const hadTranslation = previous.some((old) => old.text || current.get(old.key))
  const keep: TaskSegment[] = []
  const retranslate: SourceUnit[] = []
  const replaced = new Map<string, Replaced | null>()
  const flag = new Map<string, boolean>()
  for (const unit of source) {
    const match = matchOf.get(unit.key)
    if (match) {
      const text = current.get(match.key) || match.text
      const origin: SegmentOrigin = text === match.text ? match.origin : 'human'
      keep.push({
        ...match,
        key: unit.key,
        source: unit.text,
        sourceHash: unit.sourceHash,
        text,
        origin,
      })
      continue
    }
    retranslate.push(unit)
    const counterpart = nearestDropped(unit, dropped, current)
    replaced.set(unit.key, counterpart)
    const sameDanishAsBefore = previous.some((old) => old.sourceHash === unit.sourceHash)
    flag.set(unit.key, hadTranslation && !sameDanishAsBefore)
  }
  return { keep, retranslate, replaced, flag, dropped }
}

function nearestDropped(
  unit: SourceUnit,
  dropped: TaskSegment[],
  current: Map<string, string>,
): Replaced | null {
  let best: { old: TaskSegment; percent: number } | null = null
  for (const old of dropped) {
    const text = current.get(old.key) || old.text
    if (!text) continue
    const percent = matchPercent(unit.text, old.source)
    if (
      percent >= REPLACED_MIN_PERCENT &&
      (!best || percent > best.percent || (percent === best.percent && old.key === unit.key))
    )
      best = { old, percent }
  }
  return best
    ? {
        text: current.get(best.old.key) || best.old.text,
        source: best.old.source,
        note: best.old.note,
      }
    : null
}

export interface MachineText {
  text: string
  origin: SegmentOrigin
  reason?: string
}

/**
 * The task's new segment list in document order: kept segments as they were, re-translated ones
 * with the machine's (or memory's) text. Where there is none (a language without machine
 * translation, a provider that gave nothing usable), the replaced translation stays as the
 * starting point and the segment waits for a human. QA is left to the caller.
 */
export function assembleSegments(
  plan: RetranslationPlan,
  source: SourceUnit[],
  machine: Map<string, MachineText>,
): TaskSegment[] {
  const kept = new Map(plan.keep.map((s) => [s.key, s]))
  return source.map((unit): TaskSegment => {
    const keptSegment = kept.get(unit.key)
    if (keptSegment) return keptSegment
    const result = machine.get(unit.key)
    const before = plan.replaced.get(unit.key) ?? null
    return {
      key: unit.key,
      sourceHash: unit.sourceHash,
      source: unit.text,
      text: result?.text || before?.text || '',
      origin: result?.text ? result.origin : 'needs-human',
      changed: plan.flag.get(unit.key) ?? false,
      qa: [],
      previousText: before?.text ?? null,
      previousSource: before?.source ?? null,
      reason: result?.reason ?? null,
      ...(before?.note ? { note: before.note } : {}),
    }
  })
}
