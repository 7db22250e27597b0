// Keeps a fleet's alerts sorted across polls: drop the changed ones, merge in their replacements.
import type { Alert } from '../../domain/alerts/alert'
import { compareAlerts } from '../../domain/alerts/alert'

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
  const fresh = [...added].sort(compareAlerts)
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
