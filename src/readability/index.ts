/** Readability of the Danish source: LIX, sentence-level hints, the editable word list. Pure. */
export * from './analyse'
export * from './documentBlocks'
export * from './lix'
export * from './passive'
export * from './tokens'
export * from './wordList'
export * from './documentScore'
export * from './gate'
