/** Describes the machine a run happened on; the only place the suite records a date. */
import { cpus, loadavg, totalmem } from 'node:os'

/** What results.md and results.json say about where the figures came from. */
export interface MachineInfo {
  cpu: string
  cores: number
  memoryGb: number
  node: string
  platform: string
  date: string
  /** 1-minute load average when the run ended: the machine is shared, figures are noisier above `cores`. */
  loadAverage: number
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
    loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  }
}
