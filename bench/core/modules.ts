import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

export type ModuleBenchArgs = { baseUrl: string; pool: unknown; log: (message: string) => void; [extra: string]: unknown }
/** `timeLimitMs`: a bench that needs longer than the default says so (e.g. archiving 100 000 accounts). */
type ModuleBench = { run?: (args: ModuleBenchArgs) => Promise<unknown>; timeLimitMs?: number }

export type ModuleBenchOutcome = { module: string; ok: boolean; durationMs: number; result?: unknown; error?: string }

const TIME_LIMIT_MS = 90_000
/** An overrunning bench still works in the server: the next one waits for it (this long at most), or it would measure both. */
const OVERRUN_GRACE_MS = 300_000
/** `BENCH_MODULES=instant-t,placement`: only these module benches (all by default). */
const ONLY = (process.env.BENCH_MODULES ?? '').split(',').map((name) => name.trim()).filter(Boolean)

/**
 * Every `bench/<module>.ts` (run.ts and `_*.ts` aside) exporting `run({ baseUrl, pool, log })`,
 * one after the other. A module bench that fails or overruns is reported, never fatal; one that
 * overruns is still waited for before the next starts.
 */
export const runModuleBenches = async ({
  benchDir,
  args,
  log,
}: {
  benchDir: string
  args: ModuleBenchArgs
  log: (message: string) => void
}): Promise<ModuleBenchOutcome[]> => {
  const files = (await readdir(benchDir))
    .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_') && !f.endsWith('.d.ts'))
    .filter((f) => ONLY.length === 0 || ONLY.includes(f.replace(/\.ts$/, '')))
    .sort()
  const outcomes: ModuleBenchOutcome[] = []
  let running: Promise<unknown> | null = null
  for (const file of files) {
    const module = file.replace(/\.ts$/, '')
    const started = performance.now()
    try {
      const bench = (await import(pathToFileURL(path.join(benchDir, file)).href)) as ModuleBench
      if (typeof bench.run !== 'function') continue
      log(`Bench du module ${module}…`)
      let timer: NodeJS.Timeout | undefined
      const limit = bench.timeLimitMs ?? TIME_LIMIT_MS
      const overrun = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`plus de ${limit / 1000} s`)), limit)
      })
      running = bench.run({ ...args, log: (message) => log(`[${module}] ${message}`) })
      const result = await Promise.race([running, overrun]).finally(() => clearTimeout(timer))
      running = null
      outcomes.push({ module, ok: true, durationMs: Math.round(performance.now() - started), result })
    } catch (error) {
      log(`Bench du module ${module} en échec : ${String(error)}`)
      outcomes.push({ module, ok: false, durationMs: Math.round(performance.now() - started), error: String(error) })
      if (running) {
        const finished = await Promise.race([running.then(() => true, () => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), OVERRUN_GRACE_MS).unref())])
        log(`Bench du module ${module} ${finished ? 'terminé' : 'toujours en cours'} après ${Math.round((performance.now() - started) / 1000)} s : le suivant peut commencer`)
        running = null
      }
    }
  }
  return outcomes
}
