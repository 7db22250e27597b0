import { describe, expect, it } from 'vitest'
import type { Alert } from '../../domain/alerts/alert'
import { DEFAULT_ALERT_CONFIG, MINUTE_MS } from '../../domain/alerts/alert-config'
import { groupRootCauses, type OfflineFact } from '../../domain/alerts/root-cause-grouping'
import { seededRandom, T0 } from '../../domain/timelines/event-fixtures'
import {
  createRootCauseCache,
  groupRootCausesByPart,
  replaceDeviceFacts,
} from './partitioned-root-causes'

const ACCOUNTS = ['acct_a', 'acct_b', 'acct_c']
// Hubs that are devices themselves, one of them (hub_x) serving locks of two accounts.
const HUBS = ['hub_1', 'hub_2', 'hub_x']
const DEVICES = Array.from({ length: 30 }, (_, i) => `lock_${i}`)

function alert(
  rule: Alert['rule'],
  kind: 'device' | 'account',
  id: string,
  at: number,
  open: boolean,
): Alert {
  return {
    id: `${rule}:${kind}:${id}:e${at}`,
    rule,
    severity: 'critical',
    subject: { kind, id, name: `Name ${id}` },
    title: `${id} down`,
    openedAt: at,
    resolvedAt: open ? null : at + 5 * MINUTE_MS,
    openingEventId: `e${at}`,
  }
}

/** One device's offline facts: bursts around shared moments, so hubs and accounts group. */
function factsOf(deviceId: string, random: () => number): OfflineFact[] {
  const index = HUBS.includes(deviceId) ? HUBS.indexOf(deviceId) : Number(deviceId.split('_')[1])
  const isHub = HUBS.includes(deviceId)
  const accountId = ACCOUNTS[index % ACCOUNTS.length]
  const hubId = isHub ? undefined : random() < 0.7 ? HUBS[(index + 1) % HUBS.length] : undefined
  const count = Math.floor(random() * 3)
  return Array.from({ length: count }, () => {
    const at = T0 + Math.floor(random() * 3) * 10 * MINUTE_MS + Math.floor(random() * MINUTE_MS)
    const reasons = ['hub_disconnected', 'account_disconnected', 'device_disconnected'] as const
    return {
      alert: alert('device_offline', 'device', deviceId, at, random() < 0.5),
      deviceId,
      accountId,
      hubId,
      hubName: hubId === undefined ? undefined : `Hub ${hubId}`,
      reason: reasons[Math.floor(random() * reasons.length)],
      isLock: !isHub,
    }
  })
}

describe('groupRootCausesByPart', () => {
  it('equals grouping the whole fleet at once, poll after poll, as devices change', () => {
    const random = seededRandom(7)
    const ids = [...HUBS, ...DEVICES]
    const factsByDevice = new Map(ids.map((id) => [id, factsOf(id, random)]))
    const cache = createRootCauseCache()
    for (const [id, facts] of factsByDevice) replaceDeviceFacts(cache, id, [], facts)
    const accountAlerts = ACCOUNTS.slice(0, 2).map((id, i) =>
      alert('account_disconnected', 'account', id, T0 + (i + 1) * 20 * MINUTE_MS, i === 0),
    )
    const deviceName = (id: string) => (HUBS.includes(id) ? `Gateway ${id}` : undefined)
    let sawIncident = false
    for (let poll = 0; poll < 25; poll++) {
      if (poll > 0) {
        // A few devices get new facts, keeping the others' identity as the event log does.
        for (let i = 0; i < 4; i++) {
          const id = ids[Math.floor(random() * ids.length)] as string
          const facts = factsOf(id, random)
          replaceDeviceFacts(cache, id, factsByDevice.get(id) ?? [], facts)
          factsByDevice.set(id, facts)
        }
      }
      const input = { accountAlerts, deviceName, config: DEFAULT_ALERT_CONFIG }
      const before = new Map(cache.incidentOf)
      const parted = groupRootCausesByPart(input, cache)
      const offline = ids.flatMap((id) => factsByDevice.get(id) ?? [])
      const whole = groupRootCauses({ ...input, offline })
      expect(parted.incidents).toEqual(whole.incidents)
      expect(new Map(parted.incidentOf)).toEqual(new Map(whole.incidentOf))
      // Every alert whose incident changed is among those reported as regroupable.
      const regroupable = new Set(parted.regroupable.map((alert) => alert.id))
      for (const fact of offline) {
        const id = fact.alert.id
        if (before.get(id) !== whole.incidentOf.get(id)) expect(regroupable).toContain(id)
      }
      if (whole.incidents.length > 0) sawIncident = true
    }
    expect(sawIncident).toBe(true)
  })
})
