// Root-cause grouping split into the independent parts of the fleet, each grouped again only when it changed.
import type { Alert, Incident } from '../../src/domain/alerts/alert'
import type { AlertConfig } from '../../src/domain/alerts/alert-config'
import { groupRootCauses, type OfflineFact } from '../../src/domain/alerts/root-cause-grouping'

interface Part {
  readonly incidents: readonly Incident[]
  readonly incidentOf: ReadonlyMap<string, string>
}

export const accountNode = (accountId: string | undefined) => `account:${accountId ?? ''}`
export const hubNode = (deviceId: string) => `hub:${deviceId}`

/** The nodes a fact ties together: its account, the hub it names, and itself as a possible hub. */
export function nodesOf(fact: OfflineFact): string[] {
  const nodes = [accountNode(fact.accountId), hubNode(fact.deviceId)]
  if (fact.hubId !== undefined) nodes.push(hubNode(fact.hubId))
  return nodes
}

export interface RootCauseInputs {
  readonly offline: readonly OfflineFact[]
  readonly accountAlerts: readonly Alert[]
  readonly deviceName: (deviceId: string) => string | undefined
  readonly config: AlertConfig
}

/**
 * groupRootCauses relates an account alert only to offline alerts of that account, offline
 * alerts to those naming the same hub (or account), and a hub's own alert to the outage it
 * caused. So the connected parts of the graph account ↔ hub are independent: grouping each
 * apart gives what grouping all at once gives (the engine's tests compare with deriveAlerts),
 * and a part none of whose nodes changed keeps its incidents.
 */
export class RootCauseParts {
  #parts = new Map<string, Part>()

  /** Groups again the parts touching `dirty` nodes (all of them when `dirty` is undefined). */
  group(input: RootCauseInputs, dirty: ReadonlySet<string> | undefined): Part {
    const parent = new Map<string, string>()
    const find = (node: string): string => {
      let root = node
      for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) {
        root = up
      }
      parent.set(node, root)
      return root
    }
    const union = (a: string, b: string) => {
      const ra = find(a)
      const rb = find(b)
      // The smaller name is the root, so a part's key does not depend on the order of facts.
      if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb)
    }
    for (const fact of input.offline) {
      const [first, ...rest] = nodesOf(fact)
      for (const node of rest) union(first!, node)
    }
    for (const alert of input.accountAlerts) find(accountNode(alert.subject.id))

    const members = new Map<
      string,
      { offline: OfflineFact[]; accountAlerts: Alert[]; dirty: boolean }
    >()
    const partOf = (node: string) => {
      const root = find(node)
      let part = members.get(root)
      if (part === undefined)
        members.set(root, (part = { offline: [], accountAlerts: [], dirty: false }))
      if (dirty === undefined || dirty.has(node)) part.dirty = true
      return part
    }
    for (const fact of input.offline) {
      const nodes = nodesOf(fact)
      const part = partOf(nodes[0]!)
      for (const node of nodes) if (dirty === undefined || dirty.has(node)) part.dirty = true
      part.offline.push(fact)
    }
    for (const alert of input.accountAlerts)
      partOf(accountNode(alert.subject.id)).accountAlerts.push(alert)

    const parts = new Map<string, Part>()
    const incidents: Incident[] = []
    const incidentOf = new Map<string, string>()
    for (const [key, part] of members) {
      let grouped = part.dirty ? undefined : this.#parts.get(key)
      grouped ??= groupRootCauses({
        offline: part.offline,
        accountAlerts: part.accountAlerts,
        deviceName: input.deviceName,
        config: input.config,
      })
      parts.set(key, grouped)
      for (const incident of grouped.incidents) incidents.push(incident)
      for (const [alertId, incidentId] of grouped.incidentOf) incidentOf.set(alertId, incidentId)
    }
    this.#parts = parts
    return { incidents, incidentOf }
  }
}
