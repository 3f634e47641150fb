/** An app process that keeps running queued jobs (as `npm start`'s autorun does) until it is killed or the queue stays empty. */
import { getPayload } from 'payload'
import config from '../../payload.config'

const payload = await getPayload({ config })
process.stdout.write('runner-ready\n')
const idleRoundsToStop = Number(process.env.RUNNER_IDLE_ROUNDS ?? 40)
let idle = 0
while (idle < idleRoundsToStop) {
  const result = await payload.jobs.run({ limit: 3 })
  idle = result.noJobsRemaining ? idle + 1 : 0
  await new Promise((r) => setTimeout(r, 250))
}
process.stdout.write('runner-done\n')
process.exit(0)
