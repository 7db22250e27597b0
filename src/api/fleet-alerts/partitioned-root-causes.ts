// Root-cause grouping split into independent parts (one per account and its hubs), each re-run only when its facts change.
import type { Alert, Incident } from '../../domain/alerts/alert'
import {
  compareIncidents,
  groupRootCauses,
  type OfflineFact,
  type RootCauseInput,
  type RootCauses,
} from '../../domain/alerts/root-cause-grouping'
import { sameItems } from '../../lib/same-items'

/** The offline facts of one account node, by device; `list` is all of them, made when asked. */
interface Bucket {
  readonly byDevice: Map<string, readonly OfflineFact[]>
  list: readonly OfflineFact[] | undefined
}

interface PartEntry {
  readonly offline: readonly OfflineFact[]
  readonly accountAlerts: readonly Alert[]
  readonly accountKeys: readonly string[]
  readonly incidents: readonly Incident[]
  readonly incidentOf: ReadonlyMap<string, string>
}

/**
 * Every device's offline facts, kept by account, and how hubs tie accounts together (counts of
 * the facts that make each tie), so a poll updates a few devices' facts and re-groups only the
 * parts they are in. Parts are keyed by their smallest account node.
 */
export interface RootCauseCache {
  readonly buckets: Map<string, Bucket>
  /** Hub node → account node → facts of that account naming the hub. */
  readonly hubLinks: Map<string, Map<string, number>>
  /** Hub node → account node → facts of the hub device itself, in that account. */
  readonly selfLinks: Map<string, Map<string, number>>
  readonly parts: Map<string, PartEntry>
  readonly incidentOf: Map<string, string>
  incidents: Incident[]
  /** Whether facts changed since the last grouping. */
  changed: boolean
}

export function createRootCauseCache(): RootCauseCache {
  return {
    buckets: new Map(),
    hubLinks: new Map(),
    selfLinks: new Map(),
    parts: new Map(),
    incidentOf: new Map(),
    incidents: [],
    changed: false,
  }
}

/** Records that `deviceId`'s offline facts went from `before` to `after`. */
export function replaceDeviceFacts(
  cache: RootCauseCache,
  deviceId: string,
  before: readonly OfflineFact[],
  after: readonly OfflineFact[],
): void {
  if (sameItems(before, after)) return
  cache.changed = true
  for (const [account, facts] of byAccountNode(before)) {
    const bucket = cache.buckets.get(account)
    if (bucket !== undefined) {
      bucket.byDevice.delete(deviceId)
      bucket.list = undefined
      if (bucket.byDevice.size === 0) cache.buckets.delete(account)
    }
    for (const fact of facts) countLinks(cache, fact, -1)
  }
  for (const [account, facts] of byAccountNode(after)) {
    let bucket = cache.buckets.get(account)
    if (bucket === undefined)
      cache.buckets.set(account, (bucket = { byDevice: new Map(), list: undefined }))
    bucket.byDevice.set(deviceId, facts)
    bucket.list = undefined
    for (const fact of facts) countLinks(cache, fact, 1)
  }
}

/** groupRootCauses' input but the offline facts, which the cache keeps (replaceDeviceFacts). */
export type PartitionedInput = Omit<RootCauseInput, 'offline'>

/** groupRootCauses' answer (its incidentOf patched in place from call to call), and: */
export interface PartitionedRootCauses extends RootCauses {
  /** The alerts of every part grouped again, before and after: only these may change incident. */
  readonly regroupable: readonly Alert[]
}

/**
 * groupRootCauses only ever relates an account alert to offline alerts of that account, offline
 * alerts to others of the same hub (or account), and a hub's own alert to its locks. So the
 * connected parts of the graph account ↔ hub are independent, and grouping each apart gives what
 * grouping all at once gives (a test compares with groupRootCauses).
 */
export function groupRootCausesByPart(
  input: PartitionedInput,
  cache: RootCauseCache,
): PartitionedRootCauses {
  cache.changed = false
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
  // A hub ties the accounts of the facts naming it, and that of the hub's own facts.
  for (const [hub, accounts] of cache.hubLinks) {
    for (const account of accounts.keys()) union(account, hub)
    for (const account of cache.selfLinks.get(hub)?.keys() ?? []) union(account, hub)
  }

  const parts = new Map<string, { buckets: string[]; accountAlerts: Alert[] }>()
  const partOf = (root: string) => {
    let part = parts.get(root)
    if (part === undefined) parts.set(root, (part = { buckets: [], accountAlerts: [] }))
    return part
  }
  for (const account of cache.buckets.keys()) partOf(find(account)).buckets.push(account)
  for (const alert of input.accountAlerts) {
    partOf(find(accountNode(alert.subject.id))).accountAlerts.push(alert)
  }

  const incidents: Incident[] = []
  const regroupable: Alert[] = []
  // incidentOf is patched, not rebuilt: drop what changed parts held, then add what they hold now.
  const dropped: PartEntry[] = []
  const regrouped: PartEntry[] = []
  for (const [key, entry] of cache.parts) {
    if (parts.has(key)) continue
    dropped.push(entry)
    cache.parts.delete(key)
  }
  for (const [key, part] of parts) {
    const offline = factsOf(cache, part.buckets)
    const accountKeys = part.accountAlerts.map(alertKey)
    let entry = cache.parts.get(key)
    if (
      entry === undefined ||
      !sameItems(entry.offline, offline) ||
      !sameItems(entry.accountKeys, accountKeys)
    ) {
      const grouped = groupRootCauses({
        offline,
        accountAlerts: part.accountAlerts,
        deviceName: input.deviceName,
        config: input.config,
      })
      if (entry !== undefined) dropped.push(entry)
      entry = { offline, accountAlerts: part.accountAlerts, accountKeys, ...grouped }
      regrouped.push(entry)
      cache.parts.set(key, entry)
    }
    for (const incident of entry.incidents) incidents.push(incident)
  }
  // Alert ids name their device or account, so no two parts hold the same one.
  for (const entry of dropped) {
    for (const alertId of entry.incidentOf.keys()) cache.incidentOf.delete(alertId)
    alertsOf(entry, regroupable)
  }
  for (const entry of regrouped) {
    for (const [alertId, incidentId] of entry.incidentOf) cache.incidentOf.set(alertId, incidentId)
    alertsOf(entry, regroupable)
  }
  cache.incidents = incidents.sort(compareIncidents)
  return { incidents: cache.incidents, incidentOf: cache.incidentOf, regroupable }
}

function alertsOf(entry: PartEntry, into: Alert[]): void {
  for (const fact of entry.offline) into.push(fact.alert)
  for (const alert of entry.accountAlerts) into.push(alert)
}

/** A part's facts: one account's list as kept (so an unchanged part compares in one step). */
function factsOf(cache: RootCauseCache, accounts: string[]): readonly OfflineFact[] {
  const listOf = (account: string) => {
    const bucket = cache.buckets.get(account)
    if (bucket === undefined) return []
    bucket.list ??= [...bucket.byDevice.values()].flat()
    return bucket.list
  }
  if (accounts.length === 1) return listOf(accounts[0] as string)
  return accounts.sort().flatMap(listOf)
}

function accountNode(accountId: string | undefined): string {
  return `account:${accountId ?? ''}`
}

function byAccountNode(facts: readonly OfflineFact[]): Map<string, OfflineFact[]> {
  const groups = new Map<string, OfflineFact[]>()
  for (const fact of facts) {
    const node = accountNode(fact.accountId)
    const group = groups.get(node)
    if (group === undefined) groups.set(node, [fact])
    else group.push(fact)
  }
  return groups
}

function countLinks(cache: RootCauseCache, fact: OfflineFact, step: 1 | -1): void {
  const account = accountNode(fact.accountId)
  if (fact.hubId !== undefined) count(cache.hubLinks, `hub:${fact.hubId}`, account, step)
  count(cache.selfLinks, `hub:${fact.deviceId}`, account, step)
}

function count(
  links: Map<string, Map<string, number>>,
  hub: string,
  account: string,
  step: number,
) {
  let accounts = links.get(hub)
  if (accounts === undefined) links.set(hub, (accounts = new Map<string, number>()))
  const next = (accounts.get(account) ?? 0) + step
  if (next > 0) accounts.set(account, next)
  else accounts.delete(account)
  if (accounts.size === 0) links.delete(hub)
}

// Account alerts keep their objects while unchanged (see keepUnchanged): key each one once.
const alertKeys = new WeakMap<Alert, string>()

/** Everything of an account alert that grouping reads or copies into an incident. */
function alertKey(alert: Alert): string {
  let key = alertKeys.get(alert)
  if (key === undefined) {
    key = JSON.stringify([
      alert.id,
      alert.severity,
      alert.openedAt,
      alert.resolvedAt,
      alert.subject.name,
      alert.openingEventId,
    ])
    alertKeys.set(alert, key)
  }
  return key
}
