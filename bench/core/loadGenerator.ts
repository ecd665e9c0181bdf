import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import type { LoadResultOf, LoadTask } from './loadTasks'

export type LoadGenerator = { run: <T extends LoadTask>(task: T) => Promise<LoadResultOf<T>>; stop: () => Promise<void> }

/** One child process (tsx inherited through execArgv), reused for every round. */
export const startLoadGenerator = (): LoadGenerator => {
  const child = fork(fileURLToPath(new URL('./loadWorker.ts', import.meta.url)), [], { execArgv: process.execArgv, stdio: 'inherit' })
  const pending = new Map<number, { resolve: (result: never) => void; reject: (error: Error) => void }>()
  let nextId = 0
  child.on('message', ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
    const entry = pending.get(id)
    pending.delete(id)
    if (error) entry?.reject(new Error(error))
    else entry?.resolve(result as never)
  })
  child.on('exit', (code) => {
    for (const entry of pending.values()) entry.reject(new Error(`générateur de charge arrêté (code ${code})`))
    pending.clear()
  })
  return {
    run: <T extends LoadTask>(task: T) =>
      new Promise<LoadResultOf<T>>((resolve, reject) => {
        const id = nextId++
        pending.set(id, { resolve: resolve as (result: never) => void, reject })
        child.send({ id, task })
      }),
    stop: async () => {
      child.disconnect()
      child.kill()
    },
  }
}
