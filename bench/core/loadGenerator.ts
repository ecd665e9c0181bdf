import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import type { LoadTask, RoundResult } from './loadTasks'

export type LoadGenerator = { run: (task: LoadTask) => Promise<RoundResult>; stop: () => Promise<void> }

/** One child process (tsx inherited through execArgv), reused for every round. */
export const startLoadGenerator = (): LoadGenerator => {
  const child = fork(fileURLToPath(new URL('./loadWorker.ts', import.meta.url)), [], { execArgv: process.execArgv, stdio: 'inherit' })
  const pending = new Map<number, { resolve: (result: RoundResult) => void; reject: (error: Error) => void }>()
  let nextId = 0
  child.on('message', ({ id, result, error }: { id: number; result?: RoundResult; error?: string }) => {
    const entry = pending.get(id)
    pending.delete(id)
    if (error) entry?.reject(new Error(error))
    else entry?.resolve(result!)
  })
  child.on('exit', (code) => {
    for (const entry of pending.values()) entry.reject(new Error(`générateur de charge arrêté (code ${code})`))
    pending.clear()
  })
  return {
    run: (task) =>
      new Promise((resolve, reject) => {
        const id = nextId++
        pending.set(id, { resolve, reject })
        child.send({ id, task })
      }),
    stop: async () => {
      child.disconnect()
      child.kill()
    },
  }
}
