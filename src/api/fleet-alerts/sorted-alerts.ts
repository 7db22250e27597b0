// Keeps a fleet's alerts sorted across polls: drop the changed ones, merge in their replacements.
import type { Alert } from '../../domain/alerts/alert'
import { compareAlerts, compareText, severityRank } from '../../domain/alerts/alert'

/**
 * `sorted` minus `removed`, plus `added`, in compareAlerts order (a total order, so the result is
 * the one a full sort gives). A binary search per newcomer and straight copies between them:
 * cheaper than sorting twelve thousand alerts on every poll.
 */
export function replaceSorted(
  sorted: readonly Alert[],
  removed: ReadonlySet<Alert>,
  added: readonly Alert[],
): Alert[] {
  const kept = removed.size === 0 ? sorted : sorted.filter((alert) => !removed.has(alert))
  if (added.length === 0) return kept === sorted ? [...sorted] : (kept as Alert[])
  const fresh = sortAlerts(added)
  const out: Alert[] = []
  let from = 0
  for (const alert of fresh) {
    const at = insertionPoint(kept, alert, from)
    for (; from < at; from++) out.push(kept[from] as Alert)
    out.push(alert)
  }
  for (; from < kept.length; from++) out.push(kept[from] as Alert)
  return out
}

function insertionPoint(sorted: readonly Alert[], alert: Alert, low: number): number {
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compareAlerts(sorted[middle] as Alert, alert) < 0) low = middle + 1
    else high = middle
  }
  return low
}

interface SortEntry {
  readonly alert: Alert
  readonly resolved: number
  readonly rank: number
  readonly openedAt: number
}

/**
 * `[...alerts].sort(compareAlerts)`, reading each alert's fields once: alerts come in several
 * shapes (resolved or not, grouped or not), so reading them inside the comparator is slow, and a
 * full derivation sorts twelve thousand of them.
 */
export function sortAlerts(alerts: readonly Alert[]): Alert[] {
  const entries: SortEntry[] = alerts.map((alert) => ({
    alert,
    resolved: alert.resolvedAt === null ? 0 : 1,
    rank: severityRank(alert.severity),
    openedAt: alert.openedAt,
  }))
  entries.sort(
    (a, b) =>
      a.resolved - b.resolved ||
      a.rank - b.rank ||
      b.openedAt - a.openedAt ||
      compareText(a.alert.id, b.alert.id),
  )
  return entries.map((entry) => entry.alert)
}
