import { spawn, type ChildProcess } from 'node:child_process'

/**
 * Extra processes of a test (app servers, the jobs worker) on a database of its own: started
 * like the suite's server, their output kept for the failure report, stopped with SIGTERM (then
 * SIGKILL) so that no process or port outlives the test.
 */
export type TestProcess = {
  name: string
  output: () => string
  exited: () => boolean
  /** SIGTERM, then SIGKILL after 15 s; resolves with the exit code (`null`: killed). */
  stop: () => Promise<number | null>
}

const { NODE_OPTIONS: _vitestNodeOptions, ...inherited } = process.env

export const startTestProcess = async ({
  name,
  script,
  env,
  isReady,
  timeoutMs = 120_000,
}: {
  name: string
  script: string
  env: Record<string, string>
  /** Polled every 300 ms until it answers true. */
  isReady: (output: string) => Promise<boolean> | boolean
  timeoutMs?: number
}): Promise<TestProcess> => {
  const chunks: string[] = []
  const child: ChildProcess = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', script], {
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      chunks.push(chunk.toString())
      if (process.env.TEST_SERVER_LOG === 'true') process.stdout.write(`[${name}] ${chunk}`)
    })
  }
  const output = () => chunks.join('')
  const exited = () => child.exitCode !== null || child.signalCode !== null
  const stop = async () => {
    if (!exited()) {
      const done = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 15_000).unref())])
      if (!exited()) child.kill('SIGKILL')
    }
    return child.exitCode
  }
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (exited()) throw new Error(`${name} s'est arrêté au démarrage (code ${child.exitCode}) :\n${output().slice(-3000)}`)
    if (await Promise.resolve(isReady(output())).catch(() => false)) break
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`${name} non prêt en ${timeoutMs} ms :\n${output().slice(-3000)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  return { name, output, exited, stop }
}

/** Ready when the server's `/readyz` answers 200 (database reached). */
export const answersReady = (url: string) => async () => (await fetch(`${url}/readyz`)).ok
