import { fr } from '@payloadcms/translations/languages/fr'
import { en } from '@payloadcms/translations/languages/en'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { fileURLToPath } from 'node:url'

import { bilanPlugin } from './plugins/bilan'
import { cejPlugin } from './plugins/cej'
import { corePlugin } from './plugins/core'
import { lettersPlugin } from './plugins/letters'
import { placementPlugin } from './plugins/placement'
import { referenceTablesPlugin } from './plugins/reference-tables'
import { formsPlugin } from './plugins/forms'
import { hardeningPlugin } from './plugins/hardening'
import { instantTPlugin } from './plugins/instant-t'
import { lifecyclePlugin } from './plugins/lifecycle'
import { frenchTranslations } from './src/kernel/admin/frenchTranslations'
import { staffAdminConventions } from './src/kernel/admin/staffAdminConventions'
import { loginLimitsPlugin } from './src/kernel/auth/loginLimits'
import { cachePlugin } from './src/kernel/cache/cachePlugin'
import { dependentsPlugin } from './src/kernel/db/dependents'
import { omittedGroupsPlugin } from './src/kernel/db/omittedGroups'
import { refuseAnonymousIntrospection } from './src/kernel/lib/anonymousIntrospection'
import { benchBaselinePlugin } from './src/host/config/benchBaseline'
import { databaseAdapter } from './src/host/config/database'
import { emailAdapter } from './src/host/config/email'
import { enabledModules } from './src/host/config/modules'
import { objectStorage } from './src/host/config/storage'
import { env } from './src/kernel/config/env'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: env.serverURL,
  secret: env.payloadSecret,
  admin: {
    user: 'users',
    avatar: 'default',
    dateFormat: 'dd/MM/yyyy HH:mm',
    meta: { titleSuffix: ' – Tremplin' },
    importMap: { baseDir: dirname },
  },
  i18n: { supportedLanguages: { fr, en }, fallbackLanguage: 'fr', translations: { fr: frenchTranslations } },
  editor: lexicalEditor(),
  db: databaseAdapter(),
  email: emailAdapter(),
  sharp,
  maxDepth: 2,
  defaultDepth: 1,
  graphQL: { maxComplexity: 1000, disablePlaygroundInProduction: true, validationRules: refuseAnonymousIntrospection },
  csrf: env.csrfOrigins.length ? [env.serverURL, ...env.csrfOrigins] : [env.serverURL],
  cors: env.csrfOrigins.length ? [env.serverURL, ...env.csrfOrigins] : [env.serverURL],
  upload: { limits: { fileSize: env.maxUploadBytes } },
  // Types are generated on purpose (`npm run generate:types`) and committed, not on every start.
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false },
  jobs: { shouldAutoRun: () => env.jobsAutoRun },
  plugins: [
    corePlugin(),
    // App servers beside a worker (`JOBS_AUTORUN=false`) neither run nor schedule jobs: no cron at all.
    lifecyclePlugin({ autoRunCron: env.jobsAutoRun ? env.jobsCron : false }),
    ...enabledModules({ 'instant-t': instantTPlugin, forms: formsPlugin, placement: placementPlugin, bilan: bilanPlugin, cej: cejPlugin, 'reference-tables': referenceTablesPlugin, letters: lettersPlugin }),
    // After every upload collection is registered: media (core), documents (placement).
    objectStorage(),
    loginLimitsPlugin(),
    // After every module: the caller and scope caches hook users, accounts and structures as finally built.
    cachePlugin(),
    // After every module: a hard delete takes what belongs to the document with it, or answers 409.
    dependentsPlugin(),
    // After every module: a select that leaves a group out does not read its arrays (payload#18143).
    omittedGroupsPlugin(),
    // After every module: the admin's conventions reach all collections (API tab for super-admins only).
    staffAdminConventions(),
    // Last, so its limits cover every module's collections.
    hardeningPlugin({ maxLimit: env.restMaxLimit }),
    // `npm run bench` only (BENCH_BASELINE=true): a bare collection as yardstick, after hardening so it stays bare.
    benchBaselinePlugin(),
  ],
})
