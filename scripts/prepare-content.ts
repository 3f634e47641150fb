/** Applies migrations (production) or pushes the schema (dev), then seeds; run by scripts/start.ts. */
import { getPayload } from 'payload'
import config from '../payload.config'
import { closePayload } from '../src/db/lifecycle'

const payload = await getPayload({ config })
await closePayload(payload)
process.exit(0)
