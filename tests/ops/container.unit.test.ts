import { readFileSync } from 'node:fs'
import { DockerfileParser, type Instruction } from 'dockerfile-ast'
import { describe, expect, it } from 'vitest'

/**
 * There is no Docker daemon here, and hadolint is not installable from npm or Debian on this
 * machine, so the Dockerfile is linted structurally with dockerfile-ast (the parser behind VS
 * Code's Dockerfile support) against the hadolint rules that matter for this image, plus what the
 * issue asks of the image and the compose topology. The topology itself runs as processes on
 * loopback in tests/delivery/two-processes.test.ts.
 */
const dockerfile = DockerfileParser.parse(readFileSync('Dockerfile', 'utf8'))
const instructions = dockerfile.getInstructions()
const args = Object.fromEntries(
  dockerfile
    .getInitialARGs()
    .map((a) => [a.getProperty()!.getName(), a.getProperty()!.getValue() ?? '']),
)
const resolve = (text: string) =>
  text.replace(/\$\{(\w+)\}/g, (_, name: string) => args[name] ?? `\${${name}}`)

/** Instructions grouped by stage, in order. */
const stages: Array<{ name: string; image: string; instructions: Instruction[] }> = []
for (const instruction of instructions) {
  if (instruction.getKeyword() === 'FROM') {
    const from = dockerfile
      .getFROMs()
      .find((f) => f.getRange().start.line === instruction.getRange().start.line)!
    stages.push({
      name: from.getBuildStage() ?? String(stages.length),
      image: resolve(from.getImage() ?? ''),
      instructions: [],
    })
  } else stages.at(-1)?.instructions.push(instruction)
}
const final = stages.at(-1)!
const runs = instructions
  .filter((i) => i.getKeyword() === 'RUN')
  .map((i) => i.getArgumentsContent() ?? '')
const keyword = (stage: typeof final, k: string) =>
  stage.instructions.filter((i) => i.getKeyword() === k)

describe('Dockerfile', () => {
  it('is a multi-stage build whose runtime stage is built from a pinned base, not from the build stage', () => {
    expect(stages.map((s) => s.name)).toEqual(['deps', 'build', 'runtime'])
    for (const stage of stages) {
      const isStage = stages.some((s) => s.name === stage.image)
      // DL3006/DL3007: every base image tagged, never :latest.
      if (!isStage) expect(stage.image, stage.name).toMatch(/^[\w./-]+:(?!latest$)[\w.-]+$/)
    }
    expect(final.image).not.toBe('build')
    // The runtime stage takes files only from the build stage (flags are parsed apart from arguments).
    const copies = keyword(final, 'COPY').map((c) =>
      (
        c as Instruction & { getFlags(): Array<{ getName(): string; getValue(): string | null }> }
      ).getFlags(),
    )
    expect(copies.length).toBeGreaterThan(0)
    for (const flags of copies)
      expect(flags.find((f) => f.getName() === 'from')?.getValue()).toBe('build')
  })

  it('runs as a non-root user, with a healthcheck, exec-form entrypoint and command', () => {
    const users = instructions.filter((i) => i.getKeyword() === 'USER')
    expect(users.at(-1)?.getArgumentsContent()).toBe('node') // DL3002
    expect(keyword(final, 'HEALTHCHECK')).toHaveLength(1)
    expect(keyword(final, 'HEALTHCHECK')[0]!.getArgumentsContent()).toContain('/delivery/health')
    for (const k of ['CMD', 'ENTRYPOINT'])
      expect(keyword(final, k)[0]!.getArgumentsContent()!.trim(), k).toMatch(/^\[.*\]$/s) // DL3025
    expect(keyword(final, 'CMD')[0]!.getArgumentsContent()).toContain('scripts/start.ts') // migrations run on start
  })

  it('installs Chromium and fonts in the runtime image the hadolint way', () => {
    const apt = runs.filter((r) => r.includes('apt-get'))
    expect(apt.length).toBeGreaterThan(0)
    for (const run of apt) {
      expect(run).toMatch(/apt-get update[\s\S]*&&[\s\S]*apt-get install/) // DL3009 companion: update and install together
      expect(run).toContain('--no-install-recommends') // DL3015
      expect(run).toMatch(/-y\b/) // DL3014
      expect(run).toContain('rm -rf /var/lib/apt/lists/*') // DL3009
    }
    const runtimeRuns = keyword(final, 'RUN')
      .map((r) => r.getArgumentsContent() ?? '')
      .join('\n')
    expect(runtimeRuns).toMatch(/\bchromium\b/)
    expect(runtimeRuns).toMatch(/fonts-noto/)
    expect(
      keyword(final, 'ENV')
        .map((e) => e.getArgumentsContent())
        .join(' '),
    ).toContain('CHROMIUM_PATH=/usr/bin/chromium')
  })

  it('avoids what hadolint warns about: ADD, cd, sudo, relative WORKDIR, npm install without a lockfile', () => {
    expect(instructions.filter((i) => i.getKeyword() === 'ADD')).toEqual([]) // DL3020
    for (const run of runs) {
      expect(run).not.toMatch(/(^|&&|;)\s*cd\s/) // DL3003
      expect(run).not.toMatch(/\bsudo\b/) // DL3004
      expect(run).not.toMatch(/npm install(?!.*--no-save)/) // reproducible: npm ci from the lockfile
    }
    for (const w of instructions.filter((i) => i.getKeyword() === 'WORKDIR'))
      expect(w.getArgumentsContent()).toMatch(/^\//) // DL3000
    expect(runs.some((r) => r.includes('npm ci'))).toBe(true)
    expect(runs.some((r) => r.includes('npm prune --omit=dev'))).toBe(true)
  })
})

describe('docker-compose.yml', () => {
  const compose = readFileSync('docker-compose.yml', 'utf8')
  const service = (name: string) => {
    const match = new RegExp(`^  ${name}:\\n((?:    .*\\n|\\s*\\n)+)`, 'm').exec(compose)
    return match?.[1] ?? ''
  }

  it('runs the topology: proxy, two app replicas, two stateless delivery replicas, Postgres', () => {
    for (const name of ['postgres', 'app', 'delivery', 'proxy'])
      expect(service(name), name).not.toBe('')
    expect(service('app')).toMatch(/replicas: 2/)
    expect(service('delivery')).toMatch(/replicas: 2/)
    expect(service('delivery')).toContain('src/delivery/server.ts')
    expect(service('delivery')).toContain('DELIVERY_DATABASE_URL')
    expect(service('app')).toMatch(/build: \./)
    expect(compose).not.toMatch(/npm ci && npm start/) // the old setup installed at every start
    for (const image of compose.match(/image: .*/g) ?? []) expect(image).toMatch(/:[\w.-]+$/)
    expect(compose).not.toMatch(/image: [^\n]*:latest/)
  })

  it('puts a caching proxy in front that revalidates delivery answers with their ETag and never caches management', () => {
    const nginx = readFileSync('docker/nginx.conf', 'utf8')
    const delivery = /location \/delivery\/ \{([\s\S]*?)\n {2}\}/.exec(nginx)![1]!
    expect(delivery).toContain('proxy_cache delivery;')
    expect(delivery).toContain('proxy_cache_revalidate on;')
    const management = /location \/ \{([\s\S]*?)\n {2}\}/.exec(nginx)![1]!
    expect(management).toContain('proxy_no_cache 1;')
  })
})
