import { runLoadTask, type LoadTask } from './loadTasks'

/**
 * The load generator runs in a process of its own: in the server's event loop it would steal
 * the very time it measures.
 */
process.on('message', async ({ id, task }: { id: number; task: LoadTask }) => {
  try {
    process.send?.({ id, result: await runLoadTask(task) })
  } catch (error) {
    process.send?.({ id, error: String(error) })
  }
})
