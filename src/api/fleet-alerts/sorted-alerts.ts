// Keeps a fleet's alerts sorted across polls: drop the changed ones, merge in their replacements.
import type { Alert } from '../../domain/alerts/alert'
import { compareAlerts, compareText, severityRank } from '../../domain/alerts/alert'
import { patchSorted } from '../../lib/patch-sorted'

/**
 * `sorted` minus `removed`, plus `added`, in compareAlerts order (a total order, so the result is
 * the one a full sort gives), without comparing the twelve thousand others again.
 */
export function replaceSorted(
  sorted: readonly Alert[],
  removed: ReadonlySet<Alert>,
  added: readonly Alert[],
): Alert[] {
  return patchSorted(sorted, removed, added, compareAlerts, sortAlerts)
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
