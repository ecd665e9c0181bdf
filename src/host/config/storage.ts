import { s3Storage } from '@payloadcms/storage-s3'

import { env } from '../../kernel/config/env'

/**
 * Uploaded files (media, candidates' documents, shared spaces' documents) in S3-compatible object storage when `S3_BUCKET`
 * is set, so every app instance serves every file; on local disk (`MEDIA_DIR`) otherwise.
 *
 * Files stay behind Payload's own route, `/api/<collection>/file/<filename>`, which checks the
 * collection's read access on every request before streaming from the bucket: no public URL,
 * no `disablePayloadAccessControl`, no signed download links. Each collection has its own
 * folder in the bucket, so equal file names of two collections never meet. The storage fields
 * (`prefix`, `_objectKey`) exist with or without S3, so both share one schema and one migration.
 */
export const objectStorage = () =>
  s3Storage({
    enabled: Boolean(env.s3.bucket),
    alwaysInsertFields: true,
    bucket: env.s3.bucket ?? '',
    acl: 'private',
    collections: { media: { prefix: 'media' }, documents: { prefix: 'documents' }, 'message-attachments': { prefix: 'message-attachments' }, 'space-documents': { prefix: 'space-documents' } },
    config: {
      endpoint: env.s3.endpoint,
      region: env.s3.region,
      forcePathStyle: env.s3.forcePathStyle,
      credentials: env.s3.accessKeyId && env.s3.secretAccessKey ? { accessKeyId: env.s3.accessKeyId, secretAccessKey: env.s3.secretAccessKey } : undefined,
      // Checksums only where S3 requires them: S3-compatible stores (MinIO, Garage, s3rver) lag behind AWS's newer default.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
  })
