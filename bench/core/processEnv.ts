/**
 * Imported first by ./main.ts, before anything that reads the kernel's env (the cluster starter
 * does): see ./env.ts, `applyBenchEnv`.
 */
import { applyBenchEnv } from './env'

applyBenchEnv()
