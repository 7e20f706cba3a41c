/** Describes the machine a run happened on; the only place the suite records a date. */
import { cpus, totalmem } from 'node:os'

/** What results.md and results.json say about where the figures came from. */
export interface MachineInfo {
  cpu: string
  cores: number
  memoryGb: number
  node: string
  platform: string
  date: string
}

/** Reads the machine description from node:os. */
export function describeMachine(): MachineInfo {
  const list = cpus()
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
  }
}
