// The fleet's sorted alert list as views see it: judged alerts, with their incident where they have one.
import type { Alert } from '../../domain/alerts/alert'
import { replaceSorted } from './sorted-alerts'

/** The last list and, for each judged alert in it, the object shown for it (itself or a copy). */
export interface GroupedOutput {
  readonly shown: Map<Alert, Alert>
  list: readonly Alert[]
}

export function createGroupedOutput(): GroupedOutput {
  return { shown: new Map(), list: [] }
}

export interface OutputChanges {
  /** Judged alerts that left. */
  readonly removed: ReadonlySet<Alert>
  /** Judged alerts that arrived. */
  readonly added: readonly Alert[]
  /** Alerts whose incident may have changed: those of the root-cause parts grouped again. */
  readonly regroupable: readonly Alert[]
  /** Alert id → incident id, for every grouped alert. */
  readonly incidentOf: ReadonlyMap<string, string>
}

/**
 * Patches the list instead of mapping twelve thousand alerts on every poll: only the alerts that
 * left, arrived or changed incident move, and an unchanged poll keeps the very same list.
 */
export function updateGroupedOutput(
  output: GroupedOutput,
  changes: OutputChanges,
): readonly Alert[] {
  const { incidentOf } = changes
  const leaving = new Set<Alert>()
  const arriving: Alert[] = []
  const show = (alert: Alert) => {
    const incidentId = incidentOf.get(alert.id)
    // An alert judged alone may already carry an incident (see deriveDevice): keep it then.
    const shown =
      incidentId === undefined || incidentId === alert.incidentId ? alert : { ...alert, incidentId }
    output.shown.set(alert, shown)
    arriving.push(shown)
  }
  for (const alert of changes.removed) {
    const shown = output.shown.get(alert)
    if (shown === undefined) continue
    leaving.add(shown)
    output.shown.delete(alert)
  }
  for (const alert of changes.added) show(alert)
  for (const alert of changes.regroupable) {
    const shown = output.shown.get(alert)
    if (shown === undefined) continue
    if (shown.incidentId === (incidentOf.get(alert.id) ?? alert.incidentId)) continue
    leaving.add(shown)
    show(alert)
  }
  if (leaving.size > 0 || arriving.length > 0) {
    output.list = replaceSorted(output.list, leaving, arriving)
  }
  return output.list
}
