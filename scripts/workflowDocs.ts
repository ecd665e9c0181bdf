import { readdirSync } from 'node:fs'
import path from 'node:path'
import type { AnyStateMachine } from 'xstate'

import type { LifecycleDefinition } from '../workflows/shared/types'

type TransitionConfig = string | { target?: string; guard?: string | { type: string }; actions?: unknown }

const MARK_START = '<!-- workflows:start -->'
const MARK_END = '<!-- workflows:end -->'

const asList = (value: TransitionConfig | TransitionConfig[]) => (Array.isArray(value) ? value : [value])

const rowsOf = (machine: AnyStateMachine) => {
  const rows: { from: string; event: string; to: string; guard?: string }[] = []
  for (const [from, state] of Object.entries(machine.config.states ?? {}) as [string, { on?: Record<string, TransitionConfig | TransitionConfig[]> }][]) {
    for (const [event, transitions] of Object.entries(state.on ?? {})) {
      for (const t of asList(transitions)) {
        const target = typeof t === 'string' ? t : (t.target ?? from)
        const guard = typeof t === 'string' ? undefined : typeof t.guard === 'string' ? t.guard : t.guard?.type
        rows.push({ from, event, to: target.replace(/^\./, ''), guard })
      }
    }
  }
  return rows
}

/** Each machine as a state table and a Mermaid diagram (README section "Cycles de vie"). */
export const renderWorkflowDocs = async (root = process.cwd()): Promise<string> => {
  const dir = path.join(root, 'workflows')
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'shared')
    .map((d) => d.name)
    .sort()
  const parts: string[] = []
  for (const name of names) {
    const module = (await import(path.join(dir, name, 'machine.ts'))) as Record<string, unknown>
    const machine = Object.values(module).find((v) => (v as AnyStateMachine)?.config?.states) as AnyStateMachine
    const definition = Object.values(module).find(
      (v) => (v as LifecycleDefinition)?.events && (v as LifecycleDefinition)?.states && !(v as AnyStateMachine).config,
    ) as LifecycleDefinition
    const label = (state: string) => definition.states[state]?.label.fr ?? state
    const rows = rowsOf(machine)
    parts.push(
      `### \`${name}\``,
      '',
      `État initial : \`${machine.config.initial}\` (${label(String(machine.config.initial))}).`,
      '',
      '| De | Événement | Vers | Condition |',
      '|---|---|---|---|',
      ...rows.map((r) => `| \`${r.from}\` (${label(r.from)}) | \`${r.event}\` | \`${r.to}\` (${label(r.to)}) | ${r.guard ?? ''} |`),
      '',
      '```mermaid',
      'stateDiagram-v2',
      `  [*] --> ${machine.config.initial}`,
      ...rows.map((r) => `  ${r.from} --> ${r.to}: ${r.event}${r.guard ? ` [${r.guard}]` : ''}`),
      '```',
      '',
    )
  }
  return parts.join('\n')
}

export const withWorkflowDocs = (readme: string, docs: string) => {
  const start = readme.indexOf(MARK_START)
  const end = readme.indexOf(MARK_END)
  if (start < 0 || end < 0) throw new Error(`README sans marqueurs ${MARK_START} / ${MARK_END}`)
  return `${readme.slice(0, start + MARK_START.length)}\n${docs}${readme.slice(end)}`
}
