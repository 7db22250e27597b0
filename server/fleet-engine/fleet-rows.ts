// The fleet read model: one row per device and a roll-up per account, rebuilt only for what changed.
import { accountHealth, type AccountHealth } from '../../src/domain/accounts/account-health'
import {
  connectedAccountDisplayName,
  connectedAccountProvider,
  type ConnectedAccount,
} from '../../src/domain/accounts/connected-account-schema'
import { deviceKindWords, providerWords } from '../../src/lib/brand-words'
import type { Instant, ParsedEvent } from '../../src/domain/events/parsed-event'
import {
  fleetDeviceRow,
  openAlertBadge,
  type FleetDeviceRow,
} from '../../src/domain/fleet/fleet-device-row'
import { rollUpRows, type FleetRollup } from '../../src/domain/fleet/fleet-rollup'
import type { FleetJudgement, JudgementChanges } from './fleet-judgement'

export interface AccountRollup extends FleetRollup {
  readonly accountId: string
  readonly name: string
  /** Whether Seam lists the account (false: known only from events). */
  readonly listed: boolean
  /** "August", "Yale Home": the provider in words; null when Seam does not say. */
  readonly provider: string | null
  /** Connected, needs reauthorization, disconnected, Seam's error: what its heading shows. */
  readonly health: AccountHealth
}

export interface FleetRowChanges {
  readonly rows: readonly FleetDeviceRow[]
  readonly removedRows: readonly string[]
  readonly accounts: readonly AccountRollup[]
  readonly removedAccounts: readonly string[]
  /** Set when the fleet's totals changed. */
  readonly totals: FleetRollup | undefined
}

const NO_EVENTS: readonly ParsedEvent[] = []

export class FleetRows {
  readonly #rows = new Map<string, FleetDeviceRow>()
  readonly #json = new Map<string, string>()
  readonly #accountOf = new Map<string, string>()
  readonly #devicesOf = new Map<string, Set<string>>()
  readonly #rollups = new Map<string, AccountRollup>()
  #totals: FleetRollup = rollUpRows([])

  rows(): IterableIterator<FleetDeviceRow> {
    return this.#rows.values()
  }

  rollups(): IterableIterator<AccountRollup> {
    return this.#rollups.values()
  }

  totals(): FleetRollup {
    return this.#totals
  }

  row(deviceId: string): FleetDeviceRow | undefined {
    return this.#rows.get(deviceId)
  }

  rollup(accountId: string): AccountRollup | undefined {
    return this.#rollups.get(accountId)
  }

  /** The devices whose row names the account (listed under it, or known so from events). */
  deviceIdsOf(accountId: string): readonly string[] {
    return [...(this.#devicesOf.get(accountId) ?? [])]
  }

  /** The account a device's row is shown under; undefined for a device of no account. */
  accountOf(deviceId: string): string | undefined {
    return this.#accountOf.get(deviceId)
  }

  /** Rebuilds the rows the judgement's changes touch, and the roll-ups of their accounts. */
  update(judgement: FleetJudgement, changes: JudgementChanges, now: Instant): FleetRowChanges {
    const deviceIds = new Set(changes.devices)
    const accountIds = new Set([...changes.accounts, ...changes.accountEntries])
    // An account's disconnection takes its devices offline, and rows carry its name.
    for (const id of accountIds)
      for (const device of this.#devicesOf.get(id) ?? []) deviceIds.add(device)
    for (const alert of changes.alerts)
      if (alert.subject.kind === 'account') accountIds.add(alert.subject.id)

    const rows: FleetDeviceRow[] = []
    const removedRows: string[] = []
    for (const id of deviceIds) {
      const before = this.#accountOf.get(id)
      if (before !== undefined) accountIds.add(before)
      const slot = judgement.device(id)
      if (slot === undefined) {
        if (this.#rows.delete(id)) removedRows.push(id)
        this.#json.delete(id)
        this.#place(id, undefined)
        continue
      }
      const accountId = slot.entry?.connected_account_id ?? accountOfEvents(slot.events.inOrder)
      this.#place(id, accountId)
      if (accountId !== undefined) accountIds.add(accountId)
      const account = accountId === undefined ? undefined : judgement.account(accountId)
      const row = fleetDeviceRow({
        deviceId: id,
        device: slot.entry,
        events: slot.events.inOrder,
        accountEvents: account?.events.inOrder ?? NO_EVENTS,
        accountId,
        accountName:
          account?.entry === undefined ? accountId : connectedAccountDisplayName(account.entry),
        alerts: openAlertBadge(slot.alerts),
        kindWords:
          slot.entry === undefined ? 'Removed device' : deviceKindWords(slot.entry.device_type),
        now,
      })
      const json = JSON.stringify(row)
      if (this.#json.get(id) === json) continue
      this.#json.set(id, json)
      this.#rows.set(id, row)
      rows.push(row)
    }

    const accounts: AccountRollup[] = []
    const removedAccounts: string[] = []
    for (const id of accountIds) {
      const slot = judgement.account(id)
      const devices = this.#devicesOf.get(id)
      if (slot === undefined && devices === undefined) {
        if (this.#rollups.delete(id)) removedAccounts.push(id)
        continue
      }
      const rollup: AccountRollup = {
        accountId: id,
        name: slot?.entry === undefined ? id : connectedAccountDisplayName(slot.entry),
        listed: slot?.entry !== undefined,
        provider: slot?.entry === undefined ? null : providerName(slot.entry),
        health: accountHealth(slot?.entry, slot?.events.inOrder ?? NO_EVENTS, now),
        ...rollUpRows(
          [...(devices ?? [])].flatMap((device) => this.#rows.get(device) ?? []),
          openAlertBadge(judgement.accountAlerts(id)),
        ),
      }
      if (JSON.stringify(this.#rollups.get(id)) === JSON.stringify(rollup)) continue
      this.#rollups.set(id, rollup)
      accounts.push(rollup)
    }

    let totals: FleetRollup | undefined
    if (
      rows.length + removedRows.length + accounts.length + removedAccounts.length > 0 ||
      changes.alerts.length > 0
    ) {
      const own = [...judgement.workspaceAlerts()]
      for (const id of judgement.accountIds())
        for (const alert of judgement.accountAlerts(id)) own.push(alert)
      const next = rollUpRows(this.#rows.values(), openAlertBadge(own))
      if (JSON.stringify(next) !== JSON.stringify(this.#totals)) totals = this.#totals = next
    }
    return { rows, removedRows, accounts, removedAccounts, totals }
  }

  #place(deviceId: string, accountId: string | undefined): void {
    const before = this.#accountOf.get(deviceId)
    if (before === accountId) return
    if (before !== undefined) {
      const devices = this.#devicesOf.get(before)
      devices?.delete(deviceId)
      if (devices?.size === 0) this.#devicesOf.delete(before)
    }
    if (accountId === undefined) {
      this.#accountOf.delete(deviceId)
      return
    }
    this.#accountOf.set(deviceId, accountId)
    let devices = this.#devicesOf.get(accountId)
    if (devices === undefined) this.#devicesOf.set(accountId, (devices = new Set()))
    devices.add(deviceId)
  }
}

/** The account the device's latest event names, for a device Seam no longer lists. */
function accountOfEvents(events: readonly ParsedEvent[]): string | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const id = events[i]!.connectedAccountId
    if (id !== undefined) return id
  }
  return undefined
}

/**
 * Seam's own display name ("Yale Home", "2N") when it sends a real one, else the provider key in
 * words. The fake Seam sends "Unknown" as the display name.
 */
function providerName(account: ConnectedAccount): string | null {
  const display = account.account_type_display_name?.trim()
  if (display && display.toLowerCase() !== 'unknown') return display
  const key = connectedAccountProvider(account)
  return key === undefined ? null : providerWords(key)
}
