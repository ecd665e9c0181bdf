/**
 * A runner of one bulk operation in a process of its own, so that a test can kill it for real
 * (SIGKILL) in the middle of a chunk: `node --import tsx test/helpers/bulkRunnerChild.ts <id>`.
 * Its environment is the test worker's (database, no jobs queue).
 */
export {}

const id = Number(process.argv[2])
const { getPayload } = await import('payload')
const config = (await import('../../payload.config')).default
const { runBulkChunk } = await import('../../src/kernel/bulk')
const payload = await getPayload({ config })
console.log('runner ready')
for (;;) {
  const { isFinished } = await runBulkChunk({ payload, id })
  console.log('chunk done')
  if (isFinished) break
}
process.exit(0)
