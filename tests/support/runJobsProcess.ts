/** A separate CMS process that runs the queued jobs once, so a test can kill it mid-way. */
import { getPayload } from 'payload'
import config from '../../payload.config'

const payload = await getPayload({ config })
process.stdout.write('runner-ready\n')
await payload.jobs.run({ limit: 50 })
process.stdout.write('runner-done\n')
process.exit(0)
