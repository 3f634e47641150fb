import { existsSync } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export class ChromiumMissing extends Error {}

/** Debian's Chromium (never a downloaded one), off the network. */
export async function launchReportBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new ChromiumMissing(
      `PDF output needs Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
    )
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      '--disable-sync',
    ],
  })
}
