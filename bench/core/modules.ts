import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

export type ModuleBenchArgs = { baseUrl: string; pool: unknown; log: (message: string) => void; [extra: string]: unknown }
/** `timeLimitMs`: a bench that needs longer than the default says so (e.g. archiving 100 000 accounts). */
type ModuleBench = { run?: (args: ModuleBenchArgs) => Promise<unknown>; timeLimitMs?: number }

export type ModuleBenchOutcome = { module: string; ok: boolean; durationMs: number; result?: unknown; error?: string }

const TIME_LIMIT_MS = 90_000

/**
 * Every `bench/<module>.ts` (run.ts and `_*.ts` aside) exporting `run({ baseUrl, pool, log })`,
 * one after the other. A module bench that fails or overruns is reported, never fatal.
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
  const files = (await readdir(benchDir)).filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_') && !f.endsWith('.d.ts')).sort()
  const outcomes: ModuleBenchOutcome[] = []
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
      const result = await Promise.race([bench.run({ ...args, log: (message) => log(`[${module}] ${message}`) }), overrun]).finally(() =>
        clearTimeout(timer),
      )
      outcomes.push({ module, ok: true, durationMs: Math.round(performance.now() - started), result })
    } catch (error) {
      log(`Bench du module ${module} en échec : ${String(error)}`)
      outcomes.push({ module, ok: false, durationMs: Math.round(performance.now() - started), error: String(error) })
    }
  }
  return outcomes
}
