// Validates each item of an inventory list on its own, so one odd device does not hide the others.
import type { ParseResult } from '../domain/devices/device-schema'

export interface ParsedList<T> {
  readonly items: T[]
  /** Why each rejected item was rejected, in words. */
  readonly rejected: string[]
}

export function parseEach<T>(raws: readonly unknown[], parse: (raw: unknown) => ParseResult<T>) {
  const list: ParsedList<T> = { items: [], rejected: [] }
  for (const raw of raws) {
    const result = parse(raw)
    if (result.ok) list.items.push(result.value)
    else list.rejected.push(result.reason)
  }
  return list
}
