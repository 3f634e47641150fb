import type { Payload } from 'payload'
import { isProductionMode } from '../src/config/environment'

/**
 * `npm start` asks for seeding (CMS_SEED_ON_INIT=true) so a new installation is useful at once;
 * tests and other tools seed explicitly. Demo users exist only outside production. Loaded lazily
 * so the seed content is not part of every server start.
 */
export async function seedOnInit(payload: Payload): Promise<void> {
  if (process.env.CMS_SEED_ON_INIT !== 'true') return
  const { seedContent } = await import('./run')
  const report = await seedContent(payload)
  payload.logger.info(`Seed: ${report.created} created, ${report.skipped} already present`)
  const letters = await (await import('./letters')).seedLetters(payload)
  if (letters.submitted)
    payload.logger.info(
      `Seed: ${letters.submitted} letter documents submitted for machine drafts (translators' queues)`,
    )
  payload.logger.info(
    `Seed (citizen site): ${(await (await import('./citizen-site')).seedCitizenSite(payload)).created} created`,
  )
  if (!isProductionMode()) {
    const { ensureDemoUsers, printDemoCredentials } = await import('./demoUsers')
    printDemoCredentials(await ensureDemoUsers(payload))
  }
}
