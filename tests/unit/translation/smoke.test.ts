import { describe, expect, it } from 'vitest'
import { deeplTargetCode, directionOf, TARGET_LOCALES } from '../../../src/languages'

describe('language module', () => {
  it('models direction and DeepL capability per language', () => {
    expect(TARGET_LOCALES).toEqual(['en', 'ar', 'tr', 'ur', 'so', 'fa'])
    expect(directionOf('ar')).toBe('rtl')
    expect(directionOf('tr')).toBe('ltr')
    expect(deeplTargetCode('so')).toBeNull()
    expect(deeplTargetCode('en')).toBe('EN-GB')
  })
})
