// Whether two alerts, incidents or lists of them say the same: what decides that a change is news.
import type { Alert, Incident } from '../../src/domain/alerts/alert'
import type { OfflineFact } from '../../src/domain/alerts/root-cause-grouping'

export function sameAlert(a: Alert | undefined, b: Alert | undefined): boolean {
  if (a === b) return true
  if (a === undefined || b === undefined) return false
  return (
    a.id === b.id &&
    a.severity === b.severity &&
    a.title === b.title &&
    a.openedAt === b.openedAt &&
    a.resolvedAt === b.resolvedAt &&
    a.incidentId === b.incidentId &&
    a.subject.name === b.subject.name &&
    a.resolvedBy?.eventId === b.resolvedBy?.eventId &&
    a.resolvedBy?.why === b.resolvedBy?.why
  )
}

export function sameAlerts(a: readonly Alert[], b: readonly Alert[]): boolean {
  if (a.length !== b.length) return false
  const byId = new Map(a.map((alert) => [alert.id, alert]))
  return b.every((alert) => sameAlert(byId.get(alert.id), alert))
}

/** Root-cause grouping reads all of a fact: any difference may regroup. */
export function sameFacts(a: readonly OfflineFact[], b: readonly OfflineFact[]): boolean {
  return (
    a.length === b.length &&
    a.every((fact, index) => {
      const other = b[index]!
      return (
        sameAlert(fact.alert, other.alert) &&
        fact.deviceId === other.deviceId &&
        fact.accountId === other.accountId &&
        fact.hubId === other.hubId &&
        fact.hubName === other.hubName &&
        fact.reason === other.reason &&
        fact.isLock === other.isLock
      )
    })
  )
}

export function sameIncident(a: Incident | undefined, b: Incident | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b))
}
