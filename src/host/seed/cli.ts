import { closePool } from '../../kernel/db/closePool'
import { resolveDatabase } from '../db/resolveDatabase'

const database = await resolveDatabase({ profile: process.env.NODE_ENV === 'production' ? 'production' : 'development', log: console.log })
const { getPayload } = await import('payload')
const config = (await import('../../../payload.config')).default
const payload = await getPayload({ config })
const { seed } = await import('./index')
await seed({ payload })
await payload.destroy().catch(() => {})
await closePool(payload)
await database.embedded?.stop()
process.exit(0)
