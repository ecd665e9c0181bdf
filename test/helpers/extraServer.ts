import { spawn } from 'node:child_process'

export type ExtraServer = { url: string; stop: () => Promise<void> }

/**
 * One more app process on the test database, started from a test file with settings of its own
 * (low limits, another proxy setting): the server the suite shares keeps its own. Same entry
 * point as globalSetup's (`testServer.ts`); no jobs queue and no seed (the database has it).
 */
export const startExtraServer = async ({ port, env }: { port: number; env: Record<string, string | undefined> }): Promise<ExtraServer> => {
  const { NODE_OPTIONS: _vitestNodeOptions, ...inherited } = process.env
  const output: string[] = []
  const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', 'test/helpers/testServer.ts'], {
    env: { ...inherited, TEST_PORT: String(port), PORT: String(port), JOBS_AUTORUN: 'false', DB_PUSH: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  const url = `http://localhost:${port}`
  const deadline = Date.now() + 150_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Le serveur supplémentaire s'est arrêté (code ${child.exitCode}) : ${output.join('').slice(-2000)}`)
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`Le serveur supplémentaire ne répond pas : ${output.join('').slice(-2000)}`)
    }
    try {
      if ((await fetch(`${url}/readyz`)).ok) break
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  const stop = async () => {
    if (child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000).unref())])
    if (child.exitCode === null) child.kill('SIGKILL')
  }
  return { url, stop }
}
