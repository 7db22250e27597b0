// A re-judged device mostly judges the same alerts again: keep the previous objects for those.
import type { Alert } from '../../domain/alerts/alert'
import type { OfflineFact } from '../../domain/alerts/root-cause-grouping'

export interface JudgedAlerts {
  readonly alerts: readonly Alert[]
  readonly offline: readonly OfflineFact[]
}

/**
 * `next` with every alert and offline fact equal to one of `previous` replaced by that one. An
 * unlock or a battery report re-judges a device without changing its offline alerts; kept
 * objects leave the sorted list and the root-cause parts untouched instead of re-grouping them.
 */
export function keepUnchanged<T extends JudgedAlerts>(previous: JudgedAlerts, next: T): T {
  const before = new Map(previous.alerts.map((alert) => [alert.id, alert]))
  const swapped = new Map<Alert, Alert>()
  const alerts = next.alerts.map((alert) => {
    const old = before.get(alert.id)
    if (old === undefined || !samePlain(old, alert)) return alert
    swapped.set(alert, old)
    return old
  })
  const factOf = new Map(previous.offline.map((fact) => [fact.alert, fact]))
  const offline = next.offline.map((fact) => {
    const alert = swapped.get(fact.alert) ?? fact.alert
    const old = factOf.get(alert)
    if (old !== undefined && samePlain({ ...old, alert: null }, { ...fact, alert: null }))
      return old
    return alert === fact.alert ? fact : { ...fact, alert }
  })
  return { ...next, alerts, offline }
}

/** keepUnchanged for alerts alone (accounts and webviews have no offline facts). */
export function keepUnchangedAlerts(
  previous: readonly Alert[],
  next: readonly Alert[],
): readonly Alert[] {
  return keepUnchanged({ alerts: previous, offline: [] }, { alerts: next, offline: [] }).alerts
}

/**
 * What a re-judged subject changed in the fleet's list: its alerts of `before` that are not in
 * `after` go to `removed`, its alerts of `after` that were not in `before` go to `added`.
 */
export function collectChanges(
  before: readonly Alert[],
  after: readonly Alert[],
  removed: Set<Alert>,
  added: Alert[],
): void {
  const kept = new Set(after)
  for (const alert of before) if (!kept.has(alert)) removed.add(alert)
  const had = new Set(before)
  for (const alert of after) if (!had.has(alert)) added.push(alert)
}

/** Deep equality of plain data (objects, arrays, primitives), own keys alike. */
export function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  for (const key of keys) {
    if (!Object.hasOwn(b, key)) return false
    if (!samePlain((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) {
      return false
    }
  }
  return true
}
