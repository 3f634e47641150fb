import type { AddressInfo } from 'node:net'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sendTranslatorDigest } from '../../plugins/translation-workflow/jobs/translatorDigest'
import { type Actor, makeUser, type World } from '../support/fixtures'
import type { httpApi } from '../support/http'
import { drainJobs } from '../support/jobs'
import type { TestPayload } from '../support/payload'
import { startWorkflowWorld } from '../support/workflowWorld'

let stop: (() => Promise<void>) | undefined
let t: TestPayload
let world: World
let http: Awaited<ReturnType<typeof httpApi>>
let smtp: SMTPServer
let urduA: Actor

let leafletId: number
const mails: Array<{ to: string[]; from: string; subject: string; text: string }> = []

type Task = { id: number; locale: string; state: string; awaitingNotice: boolean }
const tasks = async (): Promise<Record<string, Task>> =>
  Object.fromEntries(
    (
      (
        await t.payload.find({
          collection: 'translation-tasks',
          where: { documentId: { equals: leafletId } },
          depth: 0,
          pagination: false,
        })
      ).docs as unknown as Task[]
    ).map((task) => [task.locale, task]),
  )
const mailTo = (email: string) => mails.filter((m) => m.to.includes(email))

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            from: mail.from?.text ?? '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
          })
          callback()
        },
        (error: Error) => callback(error),
      )
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`
  process.env.EMAIL_FROM = 'Oversættelse <oversaettelse@kk.invalid>'
  ;({ t, world, http, stop } = await startWorkflowWorld())
  urduA = await makeUser(t.payload, 'urdu.a@test.invalid', ['translator'], { languages: ['ur'] })
  await makeUser(t.payload, 'urdu.somali@test.invalid', ['translator'], { languages: ['ur', 'so'] })
  const created = await http.rest<{ doc: { id: number } }>('POST', 'leaflets?locale=da', {
    body: {
      title: 'Har du spørgsmål?',
      kind: 'questions',
      department: world.departments.BIF,
      _status: 'published',
    },
    auth: { token: world.actors.editorBIF.token },
  })
  expect(created.status).toBe(201)
  leafletId = created.body.doc.id
  await drainJobs(t.payload)
}, 120_000)
afterAll(async () => {
  await stop?.()
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()))
  delete process.env.SMTP_URL
  delete process.env.EMAIL_FROM
})

describe('translators hear about waiting work by mail, one digest each', () => {
  it('mails each translator their languages’ new tasks (an assigned task only to its assignee), over SMTP', async () => {
    const before = await tasks()
    expect(Object.values(before).every((task) => task.awaitingNotice)).toBe(true)
    await t.payload.update({
      collection: 'translation-tasks',
      id: before.ur.id,
      data: { assignee: urduA.user!.id } as never,
    })

    expect(await sendTranslatorDigest(t.payload)).toEqual({ emails: 3, tasks: 3 })
    expect(mails.map((m) => m.to).sort()).toEqual([
      ['translator.ar@test.invalid'],
      ['urdu.a@test.invalid'],
      ['urdu.somali@test.invalid'],
    ])
    const arabic = mailTo('translator.ar@test.invalid')[0]
    expect(arabic.subject).toBe('1 translation waiting for you')
    expect(arabic.from).toBe('"Oversættelse" <oversaettelse@kk.invalid>')
    expect(arabic.text).toContain(
      `Arabic: "Har du spørgsmål?" (Machine translated, waiting for review)`,
    )
    expect(arabic.text).toContain(`/review/${before.ar.id}`)
    expect(mailTo('urdu.a@test.invalid')[0].text).toContain('Urdu:')
    const somali = mailTo('urdu.somali@test.invalid')[0].text
    expect(somali).toContain('Somali:')
    expect(somali).not.toContain('Urdu:')

    const after = await tasks()
    expect(
      Object.fromEntries(Object.entries(after).map(([l, task]) => [l, task.awaitingNotice])),
    ).toEqual({ ar: false, ur: false, so: false, en: true, tr: true, fa: true })
  })

  it('does not repeat itself, and mails again when a task is sent back', async () => {
    mails.length = 0
    // English, Turkish and Persian have no translator yet: they wait, and nobody gets mail twice.
    expect(await sendTranslatorDigest(t.payload)).toEqual({ emails: 0, tasks: 0 })
    const ar = (await tasks()).ar
    const asTranslator = { auth: { token: world.actors.translatorAr.token } }
    expect(
      (
        await http.rest('POST', `translation-tasks/${ar.id}/save`, {
          body: { segments: [{ key: 'title', text: 'هل لديك أسئلة؟' }] },
          ...asTranslator,
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await http.rest('POST', `translation-tasks/${ar.id}/send-back`, {
          body: { comment: 'Brug den formelle tiltale' },
          ...asTranslator,
        })
      ).status,
    ).toBe(200)
    expect((await tasks()).ar).toMatchObject({ state: 'needs_human', awaitingNotice: true })
    // Through the scheduled job this time, as the server runs it.
    await t.payload.jobs.queue({ task: 'translator-digest', input: {} })
    await drainJobs(t.payload)
    expect(mails.map((m) => m.to)).toEqual([['translator.ar@test.invalid']])
    expect(mails[0].text).toContain('Arabic: "Har du spørgsmål?" (Needs a human translator)')
  })
})
