/**
 * The whole malformed corpus against a running server:
 *   BASE_URL=http://localhost:3000 DATABASE_URL=postgres://… node --conditions=development --import tsx bench/fuzz/malformedCli.ts [seed] [limit]
 * The server must run with high anonymous-write and login limits (as the tests' and the bench's
 * environments set them), or most anonymous cases only measure the rate limit (429).
 */
import { formatCorpusReport, runMalformedCorpus } from './malformedCorpus'

const [seed = '1', limit] = process.argv.slice(2)
const baseURL = process.env.BASE_URL ?? 'http://localhost:3000'
const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) throw new Error('DATABASE_URL est requis : la base du serveur visé, pour compter les lignes modifiées.')
const report = await runMalformedCorpus({ baseURL, databaseUrl, seed: Number(seed), limit: limit ? Number(limit) : undefined, log: (line) => console.log(line) })
console.log(formatCorpusReport(report))
process.exit(report.serverErrors.length > 0 || report.rowsChanged.length > 0 ? 1 : 0)
