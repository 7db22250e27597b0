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

/** Each part's last grouping, by the part's smallest node name, and all their incidentOf in one. */
export interface RootCauseCache {
  readonly parts: Map<string, PartEntry>
  readonly incidentOf: Map<string, string>
}

export function createRootCauseCache(): RootCauseCache {
  return { parts: new Map(), incidentOf: new Map() }
}

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
): { incidents: Incident[]; incidentOf: ReadonlyMap<string, string> } {
  const parent = new Map<string, string>()
  const find = (node: string): string => {
    let root = node
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) {
      root = up
    }
    if (root !== node) parent.set(node, root)
    return root
  }
  const union = (a: string, b: string) => {
    const ra = find(a)
    const rb = find(b)
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb)
  }
  const accountNode = (id: string | undefined) => `account:${id ?? ''}`
  // A device's own node matters only when it is some fact's hub; skipping the rest keeps the
  // union-find to accounts and hubs. Parts keep their keys: an account node always sorts first.
  const nodeList = input.offline.map(nodesOf)
  const hubs = new Set<string>()
  for (const nodes of nodeList) if (nodes.hub !== nodes.account) hubs.add(nodes.hub)
  for (const nodes of nodeList) {
    if (nodes.hub !== nodes.account) union(nodes.account, nodes.hub)
    if (hubs.has(nodes.self)) union(nodes.account, nodes.self)
  }

  const parts = new Map<string, { offline: OfflineFact[]; accountAlerts: Alert[] }>()
  const partOf = (root: string) => {
    let part = parts.get(root)
    if (part === undefined) parts.set(root, (part = { offline: [], accountAlerts: [] }))
    return part
  }
  input.offline.forEach((fact, at) => partOf(find(nodeList[at]!.account)).offline.push(fact))
  for (const alert of input.accountAlerts) {
    partOf(find(accountNode(alert.subject.id))).accountAlerts.push(alert)
  }

  const incidents: Incident[] = []
  // incidentOf is patched, not rebuilt: drop what changed parts held, then add what they hold now.
  const dropped: PartEntry[] = []
  const regrouped: PartEntry[] = []
  for (const [key, entry] of cache.parts) {
    if (parts.has(key)) continue
    dropped.push(entry)
    cache.parts.delete(key)
  }
  for (const [key, part] of parts) {
    const accountKeys = part.accountAlerts.map(alertKey)
    let entry = cache.parts.get(key)
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
      if (entry !== undefined) dropped.push(entry)
      entry = { offline: part.offline, accountKeys, ...grouped }
      regrouped.push(entry)
      cache.parts.set(key, entry)
    }
    for (const incident of entry.incidents) incidents.push(incident)
  }
  // Alert ids name their device or account, so no two parts hold the same one.
  for (const entry of dropped)
    for (const alertId of entry.incidentOf.keys()) {
      cache.incidentOf.delete(alertId)
    }
  for (const entry of regrouped)
    for (const [alertId, incidentId] of entry.incidentOf) {
      cache.incidentOf.set(alertId, incidentId)
    }
  return { incidents: incidents.sort(compareIncidents), incidentOf: cache.incidentOf }
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
