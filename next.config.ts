import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // Type checking runs once in CI (`npm run typecheck`); doing it again inside the build only costs time.
  typescript: { ignoreBuildErrors: true },
  turbopack: { root: dirname },
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
