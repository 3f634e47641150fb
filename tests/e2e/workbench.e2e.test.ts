import { mkdirSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityViolations } from '../support/accessibility'
import { type AppServer, startAppServer } from '../support/appServer'
import { launchChromium } from '../support/browser'
import { type FakeDeepl, startFakeDeepl } from '../support/fake-deepl-server'

/**
 * The translator's workbench in Chromium against `next start` with the seeded content: codes as
 * chips, right-to-left that stays right, the wrong-language block, states that follow, the
 * editor's language panel, and not one request leaving 127.0.0.1.
 */
let server: AppServer
let browser: Browser
let deepl: FakeDeepl
let adminAuth: Record<string, string>
const SCREENS = '/work/notes/screens'
/** Every request any page of these tests made to somewhere other than this server. */
const thirdParty: string[] = []

type Task = {
  id: number
  state: string
  collection: string
  documentId: number
  segments: Array<{
    key: string
    source: string
    text: string
    qa: Array<{ code: string; severity: string; message: string }>
  }>
}

async function api<T>(
  path: string,
  init: RequestInit = {},
  auth = adminAuth,
): Promise<{ status: number; body: T }> {
  const r = await fetch(`${server.url}/api/${path}`, {
    ...init,
    headers: { ...auth, 'content-type': 'application/json', ...(init.headers ?? {}) },
  })
  return { status: r.status, body: (await r.json()) as T }
}

async function login(email: string): Promise<Record<string, string>> {
  const r = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: server.demoPassword(email) }),
  })
  return { authorization: `JWT ${((await r.json()) as { token: string }).token}` }
}

async function watchedContext(): Promise<BrowserContext> {
  const context = await browser.newContext()
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return
    if (url.hostname !== '127.0.0.1') thirdParty.push(request.url())
  })
  return context
}

async function signIn(email: string): Promise<Page> {
  const page = await (await watchedContext()).newPage()
  // Two cores shared with other builds: a cold Next route can take longer than Playwright's 30 s default.
  page.setDefaultTimeout(90_000)
  await page.goto(`${server.url}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', server.demoPassword(email))
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
  return page
}

async function taskOf(title: string, locale: string): Promise<Task> {
  const found = await api<{ docs: Task[] }>(
    `translation-tasks?where[documentTitle][equals]=${encodeURIComponent(title)}&where[locale][equals]=${locale}&depth=0`,
  )
  expect(found.body.docs, `${title} (${locale})`).toHaveLength(1)
  return found.body.docs[0]
}

/** The segment whose Danish (the source text itself, not its origin label) matches. */
const segment = (page: Page, danish: string | RegExp) =>
  page.locator('section.segment', { has: page.locator('.source > p', { hasText: danish }) })

beforeAll(async () => {
  // A DeepL-compatible backend: pseudo-translation can never be approved, and these tests approve.
  deepl = await startFakeDeepl()
  server = await startAppServer({ DEEPL_AUTH_KEY: deepl.authKey, DEEPL_SERVER_URL: deepl.url })
  browser = await launchChromium()
  adminAuth = await login('admin@demo.kk.invalid')
  expect(
    (await api('translation-tasks/translate-all', { method: 'POST', body: '{}' })).status,
  ).toBe(200)
  // The server's job runner (every 3 s) machine-translates through the DeepL-compatible server.
  for (const deadline = Date.now() + 180_000; ; await new Promise((r) => setTimeout(r, 1000))) {
    const board = await api<{ byLanguage: Record<string, Record<string, number>> }>(
      'translation-tasks/dashboard',
    )
    const queued = Object.values(board.body.byLanguage).reduce((n, l) => n + l.queued, 0)
    if (queued === 0 && board.body.byLanguage.ar.machine_translated > 0) {
      const failed = Object.values(board.body.byLanguage).reduce((n, l) => n + l.failed, 0)
      expect(failed, 'machine translation failed for some tasks (see their failureReason)').toBe(0)
      break
    }
    if (Date.now() > deadline)
      throw new Error(`machine translation did not finish: ${JSON.stringify(board.body)}`)
  }
  mkdirSync(SCREENS, { recursive: true })
}, 600_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await deepl?.close()
})

describe('the translator’s workbench', () => {
  it('a translator fixes an Arabic segment with chips only: codes cannot be typed, the missing ones are inserted by click and F9', async () => {
    const page = await signIn('translator.ar@demo.kk.invalid')
    const task = await taskOf('Indkaldelse til samtale', 'ar')
    await page.goto(`${server.url}/review/${task.id}`)
    await page.screenshot({ path: `${SCREENS}/review-ar-top.png` })
    // The body paragraph that starts so, not the SMS reminder that also says it.
    const row = segment(page, /^Kan du ikke komme/)
    // The Danish shows what each code stands for, not <x id="0"/>.
    expect(await row.locator('.source bdi.chip > [aria-hidden="true"]').allTextContents()).toEqual([
      '{{caseworkerName}}',
      '{{caseworkerPhone}}',
    ])
    expect(await row.locator('.source bdi.chip').first().getAttribute('title')).toBe(
      'placeholder {{caseworkerName}}',
    )
    expect(await row.locator('h2').textContent()).toMatch(/^\d+\. Body, paragraph \d+$/)
    const editor = row.locator('.editor')
    expect(await editor.getAttribute('dir')).toBe('rtl')
    // Replace the whole machine text by typing: the codes go with it and are offered as missing.
    await editor.click()
    await page.keyboard.press('Control+A')
    await page.keyboard.press('Delete')
    await page.keyboard.type('إذا لم تتمكن من الحضور، اتصل بـ ')
    expect(await row.locator('.missing button').allTextContents()).toEqual([
      '{{caseworkerName}}',
      '{{caseworkerPhone}}',
    ])
    await row.locator('.missing button').first().click()
    await page.keyboard.type(' على الهاتف ')
    await page.keyboard.press('F9')
    await page.keyboard.type(' قبل المحادثة.')
    expect(await row.locator('.missing').count()).toBe(0)
    // Typing "<" cannot make a tag: it is text.
    await page.keyboard.type(' <b>')
    await page.keyboard.press('Backspace')
    await page.keyboard.press('Backspace')
    await page.keyboard.press('Backspace')
    await page.keyboard.press('Backspace')
    await page.click('button:has-text("Save")')
    await page.waitForSelector('[role="status"].ok')
    expect(await page.locator('#review-status').getAttribute('data-state')).toBe('in_review')
    const saved = (await api<Task>(`translation-tasks/${task.id}?depth=0`)).body
    const fixed = saved.segments.find((s) => s.source.startsWith('Kan du ikke komme'))!
    expect(fixed.text).toBe(
      'إذا لم تتمكن من الحضور، اتصل بـ <x id="0"/> على الهاتف <x id="1"/> قبل المحادثة.',
    )
    expect(fixed.qa.filter((q) => q.severity === 'error')).toEqual([])
    // Deleting one half of a pair never leaves broken markup: the other half goes too and the pair is offered again.
    const bold = segment(page, 'Dato:')
    const boldEditor = bold.locator('.editor')
    const before = await bold.locator('.editor bdi.chip[data-kind="open"]').count()
    expect(before).toBeGreaterThan(0)
    await boldEditor.click()
    await page.keyboard.press('Control+A')
    await page.keyboard.press('Delete')
    await page.keyboard.type('التاريخ')
    expect(await bold.locator('.missing button').count()).toBeGreaterThan(0)
    await page.keyboard.press('Control+A')
    await page.keyboard.press('F9')
    expect(await bold.locator('.editor bdi.chip[data-kind="open"]').count()).toBe(1)
    expect(await bold.locator('.editor bdi.chip[data-kind="close"]').count()).toBe(1)
    await page.screenshot({ path: `${SCREENS}/review-ar.png`, fullPage: false })
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('shows tags unmirrored in right-to-left text: the closing chip reads "/bold", sits after the opening one in reading order, isolated left-to-right', async () => {
    const page = await signIn('translator.ar@demo.kk.invalid')
    const task = await taskOf('Sådan klager du', 'ar')
    await page.goto(`${server.url}/review/${task.id}`)
    const row = segment(page, 'klagevejledningen')
    const open = row.locator('.editor bdi.chip[data-kind="open"]').first()
    const close = row.locator('.editor bdi.chip[data-kind="close"]').first()
    expect(await open.textContent()).toBe('bold')
    expect(await close.textContent()).toBe('/bold')
    expect(
      await close.evaluate((el) => [
        getComputedStyle(el).direction,
        getComputedStyle(el).unicodeBidi,
      ]),
    ).toEqual(['ltr', 'isolate'])
    const [o, c] = [(await open.boundingBox())!, (await close.boundingBox())!]
    // Right to left: the start of the bold run is on the right, its end further left (same line).
    expect(Math.abs(o.y - c.y)).toBeLessThan(5)
    expect(o.x).toBeGreaterThan(c.x)
    // The same in the Danish column, left to right.
    const [so, sc] = [
      (await row.locator('.source bdi.chip[data-kind="open"]').first().boundingBox())!,
      (await row.locator('.source bdi.chip[data-kind="close"]').first().boundingBox())!,
    ]
    expect(so.x).toBeLessThan(sc.x)
    // Each chip's thick edge faces the bold run it wraps: in Arabic the run lies left of the
    // opening chip and right of the closing one, in Danish the other way round.
    const edges = (chip: typeof open) =>
      chip.evaluate((el) => [
        getComputedStyle(el).borderLeftWidth,
        getComputedStyle(el).borderRightWidth,
      ])
    expect(await edges(open)).toEqual(['3px', '1px'])
    expect(await edges(close)).toEqual(['1px', '3px'])
    expect(await edges(row.locator('.source bdi.chip[data-kind="open"]').first())).toEqual([
      '1px',
      '3px',
    ])
    expect(await edges(row.locator('.source bdi.chip[data-kind="close"]').first())).toEqual([
      '3px',
      '1px',
    ])
  })

  it('blocks approval of Urdu pasted into the Arabic task, saying why beside the disabled Approve', async () => {
    const page = await signIn('translator.ar@demo.kk.invalid')
    const task = await taskOf('Har du spørgsmål?', 'ar')
    await page.goto(`${server.url}/review/${task.id}`)
    const editor = page.locator('section.segment .editor').first()
    await editor.click()
    await page.keyboard.press('Control+A')
    await page.keyboard.press('Delete')
    await page.keyboard.type('اگر آپ کو خط کے بارے میں سوالات ہیں تو ہم سے رابطہ کریں')
    await page.click('button:has-text("Save")')
    await page.waitForSelector('[role="status"].ok')
    const approve = page.locator('button:text-is("Approve and publish")')
    expect(await approve.isDisabled()).toBe(true)
    expect(await page.locator('#approve-blocked').textContent()).toMatch(
      /This looks like Urdu, not Arabic/,
    )
    expect(await page.locator('section.segment .qa .error').first().textContent()).toMatch(
      /looks like Urdu, not Arabic/,
    )
    const refused = await api<{ errors: Array<{ message: string }> }>(
      `translation-tasks/${task.id}/approve`,
      { method: 'POST', body: '{}' },
      await login('translator.ar@demo.kk.invalid'),
    )
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(/QA reports \d+ blocking error/)
  })

  it('follows the task’s real state: after approval the header says Published and Save/Approve are gone', async () => {
    const page = await signIn('translator.ar@demo.kk.invalid')
    const task = await taskOf('Sådan klager du', 'ur')
    await page.goto(`${server.url}/review/${task.id}`)
    const approve = page.locator('button:text-is("Approve and publish")')
    if (await approve.isDisabled()) {
      // Pseudo-translation is Arabic letters; write real Urdu where QA objects.
      for (const row of await page.locator('section.segment:has(.qa .error)').all()) {
        await row.locator('.editor').click()
        await page.keyboard.press('Control+A')
        await page.keyboard.press('Delete')
        await page.keyboard.type('آپ بلدیہ کے فیصلے کے بارے میں شکایت کر سکتے ہیں')
        for (let i = 0; i < 6; i++) await page.keyboard.press('F9')
      }
      await page.click('button:has-text("Save")')
      await page.waitForSelector('[role="status"].ok')
    }
    if (await approve.isDisabled())
      throw new Error(`still blocked: ${await page.locator('#approve-blocked').textContent()}`)
    await approve.click()
    await page.waitForSelector('[role="status"].ok:text-is("Approved and published.")')
    expect(
      await page.locator('[role="status"].ok').evaluate((el) => getComputedStyle(el).color),
    ).toBe('rgb(5, 96, 47)')
    expect(await page.locator('#review-status').textContent()).toBe('Published')
    expect(await page.locator('button:has-text("Save")').count()).toBe(0)
    expect(await approve.count()).toBe(0)
    expect(await page.locator('.editor').first().getAttribute('contenteditable')).toBe('false')
  })

  it('groups a translator’s Arabic and Urdu tasks of one document in one row of My queue', async () => {
    const page = await signIn('translator.ar@demo.kk.invalid')
    await page.goto(`${server.url}/review`)
    const row = page.locator('table.queue tbody tr', {
      has: page.locator('td:first-child', { hasText: /^Har du spørgsmål\?$/ }),
    })
    expect(await row.count()).toBe(1)
    expect(
      await row
        .locator('li[data-locale]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-locale'))),
    ).toEqual(['ar', 'ur'])
    expect(
      new Set(await row.locator('a').evaluateAll((els) => els.map((e) => e.getAttribute('href'))))
        .size,
    ).toBe(2)
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it(
    'shows the Turkish review screen left to right for an admin (screenshot)',
    { timeout: 240_000 },
    async () => {
      const page = await signIn('admin@demo.kk.invalid')
      const task = await taskOf('Indkaldelse til samtale', 'tr')
      const response = await page.goto(`${server.url}/review/${task.id}`)
      expect(response?.status()).toBe(200)
      const editors = await page.locator('.editor').count()
      expect(
        editors,
        `task ${task.id} is ${task.state} with ${task.segments?.length ?? 0} segments; the page says: ${(await page.locator('main').innerText()).slice(0, 500)}`,
      ).toBeGreaterThan(0)
      expect(await page.locator('.editor').first().getAttribute('dir')).toBe('ltr')
      await page.screenshot({ path: `${SCREENS}/review-tr.png`, fullPage: false })
      expect(await accessibilityViolations(page)).toEqual([])
    },
  )
})

describe('the admin around it', () => {
  it('reaches My queue from Payload’s navigation and dashboard; translators do not get the raw task collection', async () => {
    const page = await signIn('translator.ar@demo.kk.invalid')
    expect(await page.locator('a[href="/review"]').count()).toBeGreaterThanOrEqual(2)
    expect(await page.locator('nav a[href="/admin/collections/translation-tasks"]').count()).toBe(0)
    await page.goto(
      `${server.url}${await page.locator('nav a[href="/review"]').first().getAttribute('href')}`,
    )
    expect(await page.locator('h1').textContent()).toBe('My queue')
  })

  it('updates the editor’s language panel without a reload while a translator approves, naming what each language waits for', async () => {
    const editor = await signIn('editor.bif@demo.kk.invalid')
    const task = await taskOf('Indkaldelse til samtale', 'ar')
    await editor.goto(`${server.url}/admin/collections/${task.collection}/${task.documentId}`)
    const arabic = editor.locator('.translation-panel li[data-locale="ar"]')
    await arabic.waitFor()
    expect(await arabic.getAttribute('data-state')).toBe('in_review')
    expect(await editor.locator('.translation-panel li[data-locale="so"]').textContent()).toMatch(
      /Waiting for a human translator \(no machine translation/,
    )
    expect(
      await editor.locator('.translation-panel button:has-text("Submit for translation")').count(),
    ).toBe(0)
    expect(await editor.locator('text=Published Locales').count()).toBe(0)
    // The translator approves (the chip-fixed segment above left QA clean) while the editor's page stays open.
    const translator = await login('translator.ar@demo.kk.invalid')
    const current = (await api<Task>(`translation-tasks/${task.id}?depth=0`)).body
    const blocking = current.segments.filter((s) => s.qa.some((q) => q.severity === 'error'))
    if (blocking.length) {
      // Danish words become Arabic ones; the inline codes (<x id="0"/>, <b>…) stay as they are.
      const edits = blocking.map((s) => ({
        key: s.key,
        text: s.source.replace(/<[^>]*>|[A-Za-zÆØÅæøå]+/g, (m) => (m.startsWith('<') ? m : 'نص')),
      }))
      expect(
        (
          await api(
            `translation-tasks/${task.id}/save`,
            { method: 'POST', body: JSON.stringify({ segments: edits }) },
            translator,
          )
        ).status,
      ).toBe(200)
    }
    const approved = await api<{ state: string; errors?: unknown }>(
      `translation-tasks/${task.id}/approve`,
      { method: 'POST', body: '{}' },
      translator,
    )
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    await editor.waitForSelector('.translation-panel li[data-locale="ar"][data-status="done"]', {
      timeout: 15_000,
    })
    expect(await arabic.textContent()).toMatch(/Arabic: Published/)
  })

  it('opens Create new in Danish even after the editor looked at the Arabic version (no "Unauthorized")', async () => {
    const editor = await signIn('editor.bif@demo.kk.invalid')
    const task = await taskOf('Indkaldelse til samtale', 'ar')
    await editor.goto(
      `${server.url}/admin/collections/${task.collection}/${task.documentId}?locale=ar`,
    )
    await editor.locator('.translation-panel').waitFor()
    await editor.goto(`${server.url}/admin/collections/${task.collection}/create`)
    expect(new URL(editor.url()).searchParams.get('locale')).toBe('da')
    await editor.locator('input[name="title"], #field-title').first().waitFor()
    expect(await editor.locator('text=Unauthorized').count()).toBe(0)
  })

  it('made no request to any host but 127.0.0.1 on any page above (no Gravatar, no CDN)', () => {
    expect(thirdParty).toEqual([])
  })
})
