// Root-cause grouping split into independent parts (one per account and its hubs), each re-run only when its alerts change.
import type { Alert, Incident } from '../../domain/alerts/alert'
import type { AlertConfig } from '../../domain/alerts/alert-config'
import {
  compareIncidents,
  groupRootCauses,
  type OfflineFact,
} from '../../domain/alerts/root-cause-grouping'

interface PartEntry {
  readonly offline: readonly OfflineFact[]
  readonly accountKeys: readonly string[]
  readonly incidents: readonly Incident[]
  readonly incidentOf: ReadonlyMap<string, string>
}

/** Each part's last grouping, by the part's smallest node name. */
export type RootCauseCache = Map<string, PartEntry>

export interface PartitionedInput {
  readonly offline: readonly OfflineFact[]
  readonly accountAlerts: readonly Alert[]
  readonly deviceName: (deviceId: string) => string | undefined
  readonly config: AlertConfig
}

/**
 * groupRootCauses only ever relates an account alert to offline alerts of that account, offline
 * alerts to others of the same hub (or account), and a hub's own alert to its locks. So the
 * connected parts of the graph account ↔ hub ↔ device are independent, and grouping each apart
 * gives what grouping all at once gives (a test compares with deriveAlerts).
 */
export function groupRootCausesByPart(
  input: PartitionedInput,
  cache: RootCauseCache,
): { incidents: Incident[]; incidentOf: Map<string, string> } {
  const parent = new Map<string, string>()
  const find = (node: string): string => {
    let root = node
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as string
    parent.set(node, root)
    return root
  }
  const union = (a: string, b: string) => {
    const ra = find(a)
    const rb = find(b)
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb)
  }
  const accountNode = (id: string | undefined) => `account:${id ?? ''}`
  for (const fact of input.offline) {
    const nodes = nodesOf(fact)
    union(nodes.account, nodes.hub)
    union(nodes.account, nodes.self)
  }

  const parts = new Map<string, { offline: OfflineFact[]; accountAlerts: Alert[] }>()
  const partOf = (root: string) => {
    let part = parts.get(root)
    if (part === undefined) parts.set(root, (part = { offline: [], accountAlerts: [] }))
    return part
  }
  for (const fact of input.offline) partOf(find(nodesOf(fact).account)).offline.push(fact)
  for (const alert of input.accountAlerts) {
    partOf(find(accountNode(alert.subject.id))).accountAlerts.push(alert)
  }

  const incidents: Incident[] = []
  const incidentOf = new Map<string, string>()
  for (const key of cache.keys()) if (!parts.has(key)) cache.delete(key)
  for (const [key, part] of parts) {
    const accountKeys = part.accountAlerts.map(alertKey)
    let entry = cache.get(key)
    if (
      entry === undefined ||
      !sameItems(entry.offline, part.offline) ||
      !sameItems(entry.accountKeys, accountKeys)
    ) {
      const grouped = groupRootCauses({
        offline: part.offline,
        accountAlerts: part.accountAlerts,
        deviceName: input.deviceName,
        config: input.config,
      })
      entry = { offline: part.offline, accountKeys, ...grouped }
      cache.set(key, entry)
    }
    for (const incident of entry.incidents) incidents.push(incident)
    for (const [alertId, incidentId] of entry.incidentOf) incidentOf.set(alertId, incidentId)
  }
  return { incidents: incidents.sort(compareIncidents), incidentOf }
}

interface FactNodes {
  readonly account: string
  /** The fact's hub, or its account when it names none. */
  readonly hub: string
  /** The fact may be a hub's own alert, found by its device id. */
  readonly self: string
}

// Facts keep their identity while their device's events do: name their nodes once.
const factNodes = new WeakMap<OfflineFact, FactNodes>()

function nodesOf(fact: OfflineFact): FactNodes {
  let nodes = factNodes.get(fact)
  if (nodes === undefined) {
    const account = `account:${fact.accountId ?? ''}`
    nodes = {
      account,
      hub: fact.hubId === undefined ? account : `hub:${fact.hubId}`,
      self: `hub:${fact.deviceId}`,
    }
    factNodes.set(fact, nodes)
  }
  return nodes
}

/** Everything of an account alert that grouping reads or copies into an incident. */
function alertKey(alert: Alert): string {
  return JSON.stringify([
    alert.id,
    alert.severity,
    alert.openedAt,
    alert.resolvedAt,
    alert.subject.name,
    alert.openingEventId,
  ])
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
