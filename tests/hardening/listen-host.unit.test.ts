import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { listenHost } from '../../src/config/listenHost'

describe('npm start listens on loopback unless HOST says otherwise (item 10)', () => {
  it('defaults to 127.0.0.1 and honours HOST', () => {
    expect(listenHost({})).toBe('127.0.0.1')
    expect(listenHost({ HOST: '' })).toBe('127.0.0.1')
    expect(listenHost({ HOST: '0.0.0.0' })).toBe('0.0.0.0')
    expect(listenHost({ HOST: '::1' })).toBe('::1')
  })

  it('scripts/start.ts hands next exactly that address, and the container image opts into the network', () => {
    const start = readFileSync('scripts/start.ts', 'utf8')
    expect(start).not.toMatch(/0\.0\.0\.0'\]/)
    expect(start).toMatch(/'-H', host\]/)
    expect(start).toMatch(/const host = listenHost\(\)/)
    expect(readFileSync('Dockerfile', 'utf8')).toMatch(/HOST=0\.0\.0\.0/)
  })
})
