import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

/** `"Name <address>"` or a bare address. */
function parseFrom(from: string): { name: string; address: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from)
  return match
    ? { name: match[1] || 'Kommune Translate CMS', address: match[2] }
    : { name: 'Kommune Translate CMS', address: from.trim() }
}

/**
 * Mail over SMTP when `SMTP_URL` is set (`smtp://user:pass@host:587`, `smtps://…`). Without it
 * Payload writes every mail to the console and says so at start, which is what development wants.
 */
export function smtpEmailAdapter(env: NodeJS.ProcessEnv = process.env): EmailAdapter | undefined {
  if (!env.SMTP_URL) return undefined
  const transport = nodemailer.createTransport(env.SMTP_URL)
  const from = parseFrom(env.EMAIL_FROM ?? 'Kommune Translate CMS <cms@localhost>')
  return () => ({
    name: 'smtp',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async ({ from: sender, ...message }) => {
      // Payload's address type allows a nameless address; nodemailer's does not.
      const fromHeader =
        typeof sender === 'object' && sender
          ? `${sender.name ?? from.name} <${sender.address}>`
          : (sender ?? `${from.name} <${from.address}>`)
      return transport.sendMail({ ...(message as nodemailer.SendMailOptions), from: fromHeader })
    },
  })
}
