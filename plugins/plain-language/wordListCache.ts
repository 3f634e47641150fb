import type { Payload } from 'payload'
import { buildWordList, type PlainWordList } from '../../src/readability'

const lists = new WeakMap<Payload, Promise<PlainWordList>>()

/** The editable word list, read once and again after each edit of it. */
export function plainWordList(payload: Payload): Promise<PlainWordList> {
  let list = lists.get(payload)
  if (!list) {
    list = payload
      .find({ collection: 'plain-words', depth: 0, pagination: false, overrideAccess: true })
      .then((found) =>
        buildWordList(found.docs.map((d) => ({ word: d.word, plainer: d.plainer, note: d.note }))),
      )
    list.catch(() => lists.delete(payload))
    lists.set(payload, list)
  }
  return list
}

export function forgetPlainWordList(payload: Payload): void {
  lists.delete(payload)
}
