/**
 * A local DeepL-compatible HTTP server so the real deepl-node client is exercised end to end:
 * /v2/translate (deterministic, tag-preserving), /v3/glossaries, /v2/usage, /v2/languages,
 * /v3/languages (configurable per test: "Urdu takes tags"), and fault injection. Its "translation" reverses each word (Latin targets) or maps letters to
 * Arabic script (ar, ur, fa), leaving XML tags exactly where they were.
 */
import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export type Fault = 429 | 500 | 503 | 456 | 403 | 'timeout' | 'malformed' | 'reset'

export interface TranslateCall {
  texts: string[]
  target: string
  tagHandling?: string
  tagHandlingVersion?: string
  modelType?: string
  formality?: string
  context?: string
  glossaryId?: string
  characters: number
}

/** One language as /v3/languages lists it (GA shape: `features` keyed by feature name). */
export interface V3Language {
  lang: string
  name: string
  usable_as_source: boolean
  usable_as_target: boolean
  features: Record<string, { status: string }>
}
export type V3Resource = 'translate_text' | 'glossary'
/** What /v3/languages answers for a resource: a list, an HTTP error, or a body that is not JSON. */
export type V3Answer = V3Language[] | { status: number } | { raw: string }

export interface FakeDeepl {
  url: string
  authKey: string
  calls: TranslateCall[]
  /** Every HTTP request, faults included, for asserting on retries. */
  requests: Array<{ method: string; path: string; status: number | 'dropped' }>
  glossaries: Map<
    string,
    {
      name: string
      dictionaries: Array<{
        source_lang: string
        target_lang: string
        entries: Record<string, string>
      }>
    }
  >
  injectFaults(...faults: Fault[]): void
  /**
   * What /v3/languages answers from now on for a resource (the default is DeepL's 2026 table:
   * Urdu and Persian without tag handling or glossaries). /v2/translate follows the
   * translate_text list: it refuses tags only for targets listed without `tag_handling`.
   */
  setLanguages(resource: V3Resource, answer: V3Answer): void
  /** The default /v3/languages list, for a test to change one language of. */
  defaultLanguages(resource: V3Resource): V3Language[]
  /** Every /v3/glossaries call answers this status (until called with null). */
  failGlossaries(status: number | null): void
  /** Characters /v2/usage reports as used, in addition to what was translated here. */
  setUsedCharacters(count: number): void
  /**
   * With tag handling, answers leave out every self-closing `<x …/>` code (what DeepL's own mock
   * server always does, and DeepL sometimes does), so protected text shielded by such codes is lost.
   */
  dropProtectedCodes(on: boolean): void
  /** Answers for this target language wait `ms` (the request is received, and billed, at once). */
  delayTarget(target: string, ms: number): void
  /** Answers for this target wait until `release(target)`, however long that takes (no clock involved). */
  hold(target: string): void
  release(target: string): void
  /** Resolves with the first translate call (already received or still to come) that matches. */
  waitForCall(match: (call: TranslateCall) => boolean): Promise<TranslateCall>
  totalCharacters(): number
  reset(): void
  close(): Promise<void>
}

// Letters all three Arabic-script languages share (no ي ك): the wrong-language check must not read nonsense as Arabic.
const ARABIC = 'ابتثجحخدذرزسشصضطظعغفقلمنهو'
const TEXT_ONLY = new Set(['UR', 'FA', 'PS', 'BS', 'SR', 'HR', 'CKB', 'KMR'])
const SUPPORTED = new Set(['EN-GB', 'EN-US', 'AR', 'TR', 'PL', 'UK', 'DA', 'DE', ...TEXT_ONLY])
const ARABIC_SCRIPT = new Set(['AR', 'UR', 'FA', 'PS', 'CKB'])

const stable = { status: 'stable' }
/** BCP 47 as /v3/languages writes it: `en-GB`, `ar`. */
const bcp47 = (code: string) =>
  code.includes('-')
    ? `${code.split('-')[0].toLowerCase()}-${code.split('-')[1]}`
    : code.toLowerCase()

/**
 * DeepL's 2026 table as /v3/languages would list it: tags and glossaries for every target except
 * TEXT_ONLY; glossaries are listed per base language (`en`, not `en-GB`).
 */
function defaultV3(resource: V3Resource): V3Language[] {
  const full = { tag_handling: stable, glossary: stable, formality: stable }
  const entry = (code: string, features: V3Language['features']): V3Language => ({
    lang: bcp47(code),
    name: code,
    usable_as_source: !code.includes('-'),
    usable_as_target: true,
    features,
  })
  if (resource === 'glossary') {
    const bases = new Set(
      [...SUPPORTED].filter((c) => !TEXT_ONLY.has(c)).map((c) => c.split('-')[0]),
    )
    return [...bases].map((code) => entry(code, {}))
  }
  return [...SUPPORTED].map((code) => entry(code, TEXT_ONLY.has(code) ? {} : full))
}

function fakeTranslateText(text: string, target: string): string {
  return text.replace(/\p{L}+/gu, (word) =>
    ARABIC_SCRIPT.has(target)
      ? [...word].map((ch) => ARABIC[ch.toLowerCase().charCodeAt(0) % ARABIC.length]).join('')
      : [...word].reverse().join(''),
  )
}

/** Translates only what is outside tags when tags are handled; tags pass through untouched. */
export function fakeTranslate(text: string, target: string, tagHandling: boolean): string {
  if (!tagHandling) return fakeTranslateText(text, target)
  return text
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : fakeTranslateText(part, target)))
    .join('')
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = ''
  for await (const chunk of req) body += chunk
  return body
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

function parseTsv(tsv: string): Record<string, string> {
  return Object.fromEntries(
    tsv
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t') as [string, string]),
  )
}

export async function startFakeDeepl(
  options: { authKey?: string; characterLimit?: number } = {},
): Promise<FakeDeepl> {
  const authKey = options.authKey ?? 'fake-deepl-key:fx'
  const calls: TranslateCall[] = []
  const requests: FakeDeepl['requests'] = []
  const glossaries: FakeDeepl['glossaries'] = new Map()
  let faults: Fault[] = []
  let dropCodes = false
  const v3: Record<V3Resource, V3Answer> = {
    translate_text: defaultV3('translate_text'),
    glossary: defaultV3('glossary'),
  }
  let glossaryFailure: number | null = null
  let usedExtra = 0
  /** Tag handling follows the translate_text list while it is a list; DeepL's table otherwise. */
  const takesTags = (target: string) => {
    const list = v3.translate_text
    if (!Array.isArray(list)) return !TEXT_ONLY.has(target)
    const entry = list.find((l) => l.lang.toUpperCase() === target)
    return Boolean(entry?.features.tag_handling)
  }
  const delays = new Map<string, number>()
  const holds = new Map<string, { promise: Promise<void>; release: () => void }>()
  const callWaiters: Array<{
    match: (call: TranslateCall) => boolean
    resolve: (call: TranslateCall) => void
  }> = []
  const sockets = new Set<Socket>()
  const hanging = new Set<ServerResponse>()

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const record = (status: number | 'dropped') =>
      requests.push({ method: req.method ?? '', path: url.pathname, status })
    const body = await readBody(req)
    const fault = faults.shift()
    if (fault === 'timeout') {
      record('dropped')
      hanging.add(res)
      return
    }
    if (fault === 'reset') {
      record('dropped')
      req.socket.destroy()
      return
    }
    if (fault === 'malformed') {
      record(200)
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end('{"translations": [ {"text": ')
      return
    }
    if (typeof fault === 'number') {
      record(fault)
      return json(res, fault, {
        message:
          fault === 456
            ? 'Quota exceeded'
            : fault === 403
              ? 'Authorization failure'
              : 'Temporary failure',
      })
    }
    if (req.headers.authorization !== `DeepL-Auth-Key ${authKey}`) {
      record(403)
      return json(res, 403, { message: 'Authorization failure, check auth_key' })
    }
    const form = new URLSearchParams(body)
    if (url.pathname === '/v2/translate' && req.method === 'POST') {
      const texts = form.getAll('text')
      const target = (form.get('target_lang') ?? '').toUpperCase()
      const tagHandling = form.get('tag_handling') ?? undefined
      if (!SUPPORTED.has(target)) {
        record(400)
        return json(res, 400, { message: `Value for 'target_lang' not supported.` })
      }
      if (tagHandling && !takesTags(target)) {
        record(400)
        return json(res, 400, {
          message: `Tag handling is not supported for target language ${target}.`,
        })
      }
      if (Buffer.byteLength(body) > 128 * 1024 || texts.length > 50) {
        record(413)
        return json(res, 413, { message: 'Request Entity Too Large' })
      }
      const characters = texts.reduce((n, t) => n + [...t].length, 0)
      const call: TranslateCall = {
        texts,
        target,
        tagHandling,
        tagHandlingVersion: form.get('tag_handling_version') ?? undefined,
        modelType: form.get('model_type') ?? undefined,
        formality: form.get('formality') ?? undefined,
        context: form.get('context') ?? undefined,
        glossaryId: form.get('glossary_id') ?? undefined,
        characters,
      }
      calls.push(call)
      for (const waiter of callWaiters.filter((w) => w.match(call))) {
        callWaiters.splice(callWaiters.indexOf(waiter), 1)
        waiter.resolve(call)
      }
      const held = holds.get(target)
      if (held) {
        hanging.add(res)
        await held.promise
        hanging.delete(res)
        if (res.destroyed) return
      }
      const delay = delays.get(target) ?? 0
      if (delay) {
        hanging.add(res)
        await new Promise((r) => setTimeout(r, delay))
        hanging.delete(res)
        if (res.destroyed) return
      }
      record(200)
      return json(res, 200, {
        translations: texts.map((t) => ({
          detected_source_language: 'DA',
          text:
            dropCodes && tagHandling
              ? fakeTranslate(t, target, true).replace(/\s*<x\b[^>]*\/>/g, '')
              : fakeTranslate(t, target, Boolean(tagHandling)),
          ...(form.get('show_billed_characters') ? { billed_characters: [...t].length } : {}),
        })),
      })
    }
    if (url.pathname === '/v2/usage') {
      record(200)
      return json(res, 200, {
        character_count: usedExtra + calls.reduce((n, c) => n + c.characters, 0),
        character_limit: options.characterLimit ?? 500_000,
      })
    }
    if (url.pathname === '/v2/languages') {
      record(200)
      const type = url.searchParams.get('type') ?? form.get('type')
      const codes = type === 'target' ? [...SUPPORTED] : ['DA', 'EN', 'DE']
      return json(
        res,
        200,
        codes.map((language) => ({
          language,
          name: language,
          ...(type === 'target' ? { supports_formality: !TEXT_ONLY.has(language) } : {}),
        })),
      )
    }
    if (url.pathname === '/v3/languages' && req.method === 'GET') {
      const resource = url.searchParams.get('resource') as V3Resource
      const answer = v3[resource]
      if (!answer) {
        record(400)
        return json(res, 400, { message: `Value for 'resource' not supported.` })
      }
      if ('status' in answer) {
        record(answer.status)
        return json(res, answer.status, { message: 'Temporary failure' })
      }
      record(200)
      if ('raw' in answer) {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(answer.raw)
        return
      }
      return json(res, 200, answer)
    }
    if (glossaryFailure !== null && url.pathname.startsWith('/v3/glossaries')) {
      record(glossaryFailure)
      return json(res, glossaryFailure, {
        message: `Glossary service failure (${glossaryFailure})`,
      })
    }
    const glossaryMatch = url.pathname.match(/^\/v3\/glossaries(?:\/([^/]+))?(\/dictionaries)?$/)
    if (glossaryMatch) {
      const [, id, dictionaries] = glossaryMatch
      const info = (gid: string) => {
        const g = glossaries.get(gid)!
        return {
          glossary_id: gid,
          name: g.name,
          creation_time: new Date(0).toISOString(),
          dictionaries: g.dictionaries.map((d) => ({
            source_lang: d.source_lang,
            target_lang: d.target_lang,
            entry_count: Object.keys(d.entries).length,
          })),
        }
      }
      if (!id && req.method === 'POST') {
        const created: Array<{
          source_lang: string
          target_lang: string
          entries: Record<string, string>
        }> = []
        for (let i = 0; form.has(`dictionaries[${i}].source_lang`); i++) {
          created.push({
            source_lang: form.get(`dictionaries[${i}].source_lang`)!,
            target_lang: form.get(`dictionaries[${i}].target_lang`)!,
            entries: parseTsv(form.get(`dictionaries[${i}].entries`) ?? ''),
          })
        }
        const gid = randomUUID()
        glossaries.set(gid, { name: form.get('name') ?? '', dictionaries: created })
        record(201)
        return json(res, 201, info(gid))
      }
      if (!id && req.method === 'GET') {
        record(200)
        return json(res, 200, { glossaries: [...glossaries.keys()].map(info) })
      }
      if (id && !glossaries.has(id)) {
        record(404)
        return json(res, 404, { message: 'Glossary not found' })
      }
      if (id && dictionaries && req.method === 'PUT') {
        const g = glossaries.get(id)!
        const dict = {
          source_lang: form.get('source_lang')!,
          target_lang: form.get('target_lang')!,
          entries: parseTsv(form.get('entries') ?? ''),
        }
        g.dictionaries = [...g.dictionaries.filter((d) => d.target_lang !== dict.target_lang), dict]
        record(200)
        return json(res, 200, {
          source_lang: dict.source_lang,
          target_lang: dict.target_lang,
          entry_count: Object.keys(dict.entries).length,
        })
      }
      if (id && req.method === 'GET') {
        record(200)
        return json(res, 200, info(id))
      }
      if (id && req.method === 'DELETE') {
        glossaries.delete(id)
        record(204)
        res.writeHead(204).end()
        return
      }
    }
    record(404)
    json(res, 404, { message: `Not found: ${req.method} ${url.pathname}` })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    authKey,
    calls,
    requests,
    glossaries,
    injectFaults: (...f) => {
      faults.push(...f)
    },
    setLanguages: (resource, answer) => {
      v3[resource] = answer
    },
    defaultLanguages: (resource) => defaultV3(resource),
    failGlossaries: (status) => {
      glossaryFailure = status
    },
    setUsedCharacters: (count) => {
      usedExtra = count
    },
    dropProtectedCodes: (on) => {
      dropCodes = on
    },
    delayTarget: (target, ms) => {
      delays.set(target, ms)
    },
    hold: (target) => {
      if (holds.has(target)) return
      let release = () => {}
      const promise = new Promise<void>((resolve) => (release = resolve))
      holds.set(target, { promise, release })
    },
    release: (target) => {
      holds.get(target)?.release()
      holds.delete(target)
    },
    waitForCall: (match) => {
      const seen = calls.find(match)
      return seen
        ? Promise.resolve(seen)
        : new Promise((resolve) => callWaiters.push({ match, resolve }))
    },
    totalCharacters: () => calls.reduce((n, c) => n + c.characters, 0),
    reset: () => {
      calls.length = 0
      requests.length = 0
      faults = []
      dropCodes = false
      delays.clear()
      v3.translate_text = defaultV3('translate_text')
      v3.glossary = defaultV3('glossary')
      glossaryFailure = null
      usedExtra = 0
    },
    close: async () => {
      for (const held of holds.values()) held.release()
      for (const res of hanging) res.destroy()
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/**
 * Points the CMS's DeepL provider (read from env when a job runs) at this server. `attempts`
 * bounds deepl-node's retries so fault tests fail over in seconds, not minutes.
 */
export function useFakeDeeplInCms(fake: FakeDeepl, options: { attempts?: number } = {}): void {
  process.env.DEEPL_AUTH_KEY = fake.authKey
  process.env.DEEPL_SERVER_URL = fake.url
  if (options.attempts !== undefined) process.env.DEEPL_ATTEMPTS = String(options.attempts)
}
