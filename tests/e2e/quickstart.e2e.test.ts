import { mkdirSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppServer, startAppServer } from '../support/appServer'
import { launchChromium } from '../support/browser'
import { leaflets as seedLeaflets } from '../../seed/content'
import { sourceData } from '../support/fixtures'

let server: AppServer
let browser: Browser

beforeAll(async () => {
  server = await startAppServer()
  browser = await launchChromium()
}, 600_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function adminToken(): Promise<string> {
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: 'admin@demo.kk.invalid',
      password: server.demoPassword('admin@demo.kk.invalid'),
    }),
  })
  return ((await login.json()) as { token: string }).token
}

describe('the production server, as npm start runs it', () => {
  it('answers the README query without login from the delivery API: seeded published Danish leaflets, no draft; management says no', async () => {
    const response = await fetch(`${server.url}/delivery/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Leaflets(locale: da) { docs { title slug } } }' }),
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as {
      data: { Leaflets: { docs: Array<{ slug: string }> } }
    }
    const slugs = body.data.Leaflets.docs.map((d) => d.slug)
    expect(slugs).toContain('saadan-klager-du')
    expect(slugs).toContain('har-du-spoergsmaal')
    // The seed's drafts, read from the seed itself: a renamed draft cannot make this pass vacuously.
    const drafts = seedLeaflets.filter((l) => l.publish === false).map((l) => l.slug)
    expect(drafts.length).toBeGreaterThan(0)
    for (const draft of drafts) expect(slugs).not.toContain(draft)
    // ...and the draft exists on this server (staff see it), so its absence above means something.
    const staff = await fetch(
      `${server.url}/api/leaflets?locale=da&draft=true&where[slug][in]=${drafts.join(',')}&depth=0`,
      { headers: { authorization: `JWT ${await adminToken()}` } },
    )
    expect(((await staff.json()) as { totalDocs: number }).totalDocs).toBe(drafts.length)
    const rest = await fetch(`${server.url}/delivery/v1/leaflets/saadan-klager-du?locale=ar`)
    expect(rest.status).toBe(200)
    expect(rest.headers.get('etag')).toBeTruthy()
    expect(
      (
        await fetch(`${server.url}/delivery/v1/leaflets/saadan-klager-du?locale=ar`, {
          headers: { 'if-none-match': rest.headers.get('etag')! },
        })
      ).status,
    ).toBe(304)
    expect((await fetch(`${server.url}/api/leaflets?locale=da`)).status).toBe(403)
  })

  it('keeps error messages readable in the production bundle', async () => {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'translator.ar@demo.kk.invalid',
        password: server.demoPassword('translator.ar@demo.kk.invalid'),
      }),
    })
    const auth = {
      authorization: `JWT ${((await login.json()) as { token: string }).token}`,
      'content-type': 'application/json',
    }
    const cases: Array<[string, string, string, number, RegExp]> = [
      ['POST', 'translation-tasks/submit', '{}', 401, /Sign in first/],
      ['POST', 'translation-tasks/abc/save', '{}', 400, /Task id must be a positive integer/],
      [
        'POST',
        'translation-tasks/xliff',
        '<xliff version="2.0"/>',
        400,
        /XLIFF 2.0 is not supported/,
      ],
      ['GET', 'translation-tasks/xliff?locale=tr', '', 403, /not assigned to tr/],
    ]
    for (const [method, path, body, status, message] of cases) {
      const r = await fetch(`${server.url}/api/${path}`, {
        method,
        headers: path.endsWith('submit') ? { 'content-type': 'application/json' } : auth,
        body: body || undefined,
      })
      expect(r.status, path).toBe(status)
      expect(
        ((await r.json()) as { errors: Array<{ message: string }> }).errors[0].message,
      ).toMatch(message)
    }
  })

  it('gives the reason behind a 400 in the production bundle, whatever the minifier named the error classes (item 6)', async () => {
    const headers = {
      authorization: `JWT ${await adminToken()}`,
      'content-type': 'application/json',
    }
    const departments = (await (
      await fetch(`${server.url}/api/departments?limit=1&depth=0`)
    ).json()) as { docs: Array<{ id: number }> }
    const department = departments.docs[0].id
    const title = await fetch(`${server.url}/api/leaflets?locale=da`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        ...sourceData('leaflets', department, 'Ring\u202E 33 66 33 66'),
        _status: 'draft',
      }),
    })
    expect(title.status).toBe(400)
    const titleBody = (await title.json()) as {
      errors: Array<{
        message: string
        data?: { errors?: Array<{ path: string; message: string }> }
      }>
    }
    expect(titleBody.errors[0].message).toMatch(/U\+202E.*position 5/)
    expect(titleBody.errors[0].data?.errors?.[0]).toMatchObject({
      path: 'title',
      message: expect.stringMatching(/U\+202E\).*position 5/),
    })
    const letter = sourceData('letter-templates', department, 'Indkaldelse')
    const body = JSON.parse(
      JSON.stringify(letter.body).replace('{{citizenName}}', '{{citizenName}} {{cpr}}'),
    )
    const template = await fetch(`${server.url}/api/letter-templates?locale=da`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ ...letter, body }),
    })
    expect(template.status).toBe(400)
    const templateBody = (await template.json()) as {
      errors: Array<{ message: string; data?: { errors?: Array<{ message: string }> } }>
    }
    expect(templateBody.errors[0].message).toContain('placeholder {{cpr}} is not declared')
    expect(templateBody.errors[0].data?.errors?.[0].message).toContain(
      'placeholder {{cpr}} is not declared',
    )
  })

  it('lets the demo admin sign in to /admin and open a leaflet in Arabic, right to left', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/admin/login`)
    await page.fill('input[name="email"]', 'admin@demo.kk.invalid')
    await page.fill('input[name="password"]', server.demoPassword('admin@demo.kk.invalid'))
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    const nav = page.locator('a[href="/admin/collections/leaflets"]').first()
    await nav.waitFor({ timeout: 30_000 })
    expect(await nav.isVisible()).toBe(true)

    // The first start already has machine drafts waiting for translators (the letter inserts).
    const arabicTasks = async () => {
      await page.goto(`${server.url}/review`)
      const cells = await page.locator('td[data-cell^="ar:"]').allTextContents()
      return cells.reduce((n, c) => n + Number(c), 0)
    }
    const arabicBefore = await arabicTasks()
    expect(arabicBefore).toBeGreaterThan(0)

    const idOf = async (slug: string) => {
      const live = await page.request.get(`${server.url}/delivery/v1/leaflets/${slug}?locale=da`)
      return ((await live.json()) as { id: number }).id
    }
    await page.goto(
      `${server.url}/admin/collections/leaflets/${await idOf('saadan-klager-du')}?locale=ar`,
    )
    const title = page.locator('#field-title')
    await title.waitFor({ timeout: 60_000 })
    const direction = await title.evaluate((el) => getComputedStyle(el).direction)
    expect(direction).toBe('rtl')
    mkdirSync('tests/.artifacts', { recursive: true })
    await page.screenshot({ path: 'tests/.artifacts/admin-leaflet-ar.png', fullPage: true })
    // The seed submitted this insert: a chip per language, and nothing new to submit.
    await page.locator('.translation-panel li').first().waitFor()
    expect(await page.locator('.translation-panel li').count()).toBe(6)
    expect(
      await page.locator('.translation-panel:has-text("Every language has a task")').count(),
    ).toBe(1)
    expect(await page.locator('button:text-is("Submit for translation")').count()).toBe(0)

    // A published leaflet nobody submitted yet: the sidebar's panel submits its Danish.
    await page.goto(
      `${server.url}/admin/collections/leaflets/${await idOf('saadan-er-kommunen-bygget-op')}?locale=ar`,
    )
    await page.click('button:text-is("Submit for translation")')
    await page.waitForSelector('.translation-panel [role="status"]:has-text("Submitted: 6 new")')
    expect(await page.locator('.translation-panel li').count()).toBe(6)
    // Queued (missing) or, if the job runner was quick, already machine translated (in review).
    expect(['missing', 'in_review']).toContain(
      await page.locator('.translation-panel li[data-locale="ar"]').getAttribute('data-status'),
    )

    expect(await arabicTasks()).toBe(arabicBefore + 1)
    expect(await page.locator('button:text-is("Translate all published material")').count()).toBe(1)
  })
})
