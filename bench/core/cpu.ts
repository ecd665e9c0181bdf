import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { BENCH } from './env'

/** Linux clock ticks per second (USER_HZ), what /proc counts CPU time in. */
const TICKS_PER_S = 100

const statFields = (pid: number | string): string[] | null => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name is in parentheses and may hold spaces: fields are counted after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  } catch {
    return null
  }
}

const postmasterPid = () => Number(readFileSync(path.resolve(BENCH.postgresDir, 'postmaster.pid'), 'utf8').split('\n')[0])

/**
 * CPU time (ms) used so far by the bench's PostgreSQL: the postmaster, every live backend (its
 * children) and the backends that have exited (reaped into the postmaster's children times).
 * Fields after the name: 2 = ppid (index 1), 12–15 = utime, stime, cutime, cstime (indexes 11–14).
 */
export const postgresCpuMs = (): number => {
  const master = postmasterPid()
  const own = statFields(master)
  if (!own) return NaN
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14])
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const fields = statFields(entry)
    if (fields && Number(fields[1]) === master) ticks += Number(fields[11]) + Number(fields[12])
  }
  return (ticks * 1000) / TICKS_PER_S
}

/** CPU time (ms) of this process, which hosts the app server (the load generator is another process). */
export const appCpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

export type CpuSample = { appMs: number; postgresMs: number }

/** Runs `task` and returns what it cost in CPU, app and PostgreSQL apart. */
export const measureCpu = async <T>(task: () => Promise<T>): Promise<{ result: T; cpu: CpuSample }> => {
  const app = appCpuMs()
  const pg = postgresCpuMs()
  const result = await task()
  return { result, cpu: { appMs: appCpuMs() - app, postgresMs: postgresCpuMs() - pg } }
}
