// Everything the account page shows, derived from the inventory and the events: pure, time passed in.
import type { Alert } from '../../domain/alerts/alert'
import type { ConnectedAccount } from '../../domain/accounts/connected-account-schema'
import {
  connectedAccountDisplayName,
  connectedAccountProvider,
} from '../../domain/accounts/connected-account-schema'
import type { Device } from '../../domain/devices/device-schema'
import { deviceDisplayName } from '../../domain/devices/device-schema'
import type { EventIssue, Instant, ParsedEvent } from '../../domain/events/parsed-event'
import type { CurrentDeviceStatus } from '../../domain/status/current-device-status'
import { currentDeviceStatus } from '../../domain/status/current-device-status'
import type { AccountInterval, AccountState, LoginFailure } from '../../domain/timelines/account'
import { accountTimeline } from '../../domain/timelines/account'
import type { TimeWindow } from '../../domain/timelines/state-interval'
import { clipIntervals } from '../../domain/timelines/state-interval'
import { deviceKindWords, providerWords } from '../../lib/brand-words'

export interface AccountDeviceRow {
  readonly id: string
  readonly name: string
  readonly kind: string
  readonly status: CurrentDeviceStatus
  /** Known only from events: no longer in Seam's device list. */
  readonly removed: boolean
  readonly openAlerts: number
}

export interface AccountHistoryBand {
  readonly state: AccountState
  readonly from: Instant
  readonly to: Instant
  readonly left: number
  readonly width: number
}

export interface AccountView {
  readonly id: string
  readonly name: string
  readonly provider?: string
  /** From the latest status event; from Seam's errors when no event says. */
  readonly state: AccountState | 'unknown'
  /** Seam's current errors and warnings on the account, in its words. */
  readonly issues: readonly string[]
  readonly removed: boolean
  /** Newest first. */
  readonly history: readonly AccountInterval[]
  readonly band: readonly AccountHistoryBand[]
  /** Newest first. */
  readonly loginFailures: readonly LoginFailure[]
  readonly devices: readonly AccountDeviceRow[]
  readonly alerts: readonly Alert[]
}

export type AccountLookup =
  | { readonly kind: 'loading' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'found'; readonly view: AccountView }

export interface AccountInput {
  readonly accountId: string
  readonly accounts: readonly ConnectedAccount[] | undefined
  readonly devices: readonly Device[] | undefined
  readonly eventsLoaded: boolean
  /** The account's own events, newest first. */
  readonly accountEvents: readonly ParsedEvent[]
  /** Every device's events, newest first: finds removed devices of this account. */
  readonly eventsByDevice: ReadonlyMap<string, readonly ParsedEvent[]>
  /** Workspace events (failed webview logins name no account). */
  readonly workspaceEvents: readonly ParsedEvent[]
  readonly openAlerts: readonly Alert[] | undefined
  /** The period the band covers. */
  readonly window: TimeWindow
  readonly now: Instant
}

export function accountView(input: AccountInput): AccountLookup {
  const { accountId } = input
  const account = input.accounts?.find((a) => a.connected_account_id === accountId)
  if (account === undefined) {
    if (input.accounts === undefined || !input.eventsLoaded) return { kind: 'loading' }
    if (input.accountEvents.length === 0 && !hasDeviceEvents(input)) return { kind: 'missing' }
  }
  const timeline = accountTimeline([...input.accountEvents].reverse(), input.now, {
    webviewEvents: input.workspaceEvents,
  })
  const last = timeline.intervals[timeline.intervals.length - 1]
  const issues = [...(account?.errors ?? []), ...(account?.warnings ?? [])].map(
    (issue) => issue.message ?? issue.error_code ?? issue.warning_code ?? 'unknown issue',
  )
  const state: AccountView['state'] =
    last?.state ??
    (account === undefined ? 'unknown' : account.errors.length > 0 ? 'disconnected' : 'connected')
  const provider = account === undefined ? undefined : connectedAccountProvider(account)
  const alerts = (input.openAlerts ?? []).filter(
    (alert) => alert.subject.kind === 'account' && alert.subject.id === accountId,
  )
  return {
    kind: 'found',
    view: {
      id: accountId,
      name: account === undefined ? accountId : connectedAccountDisplayName(account),
      ...(provider !== undefined && { provider: providerWords(provider) }),
      state,
      issues,
      removed: account === undefined,
      history: [...timeline.intervals].reverse(),
      band: historyBand(timeline.intervals, input.window, input.now),
      loginFailures: [...timeline.loginFailures].reverse(),
      devices: accountDevices(input),
      alerts,
    },
  }
}

function hasDeviceEvents(input: AccountInput): boolean {
  for (const events of input.eventsByDevice.values()) {
    if (events.some((event) => event.connectedAccountId === input.accountId)) return true
  }
  return false
}

/** Positioned spans of the account's states across `window` (fractions 0..1). */
export function historyBand(
  intervals: readonly AccountInterval[],
  window: TimeWindow,
  now: Instant,
): AccountHistoryBand[] {
  const span = window.to - window.from
  if (span <= 0) return []
  return clipIntervals(intervals, window, now).map((interval) => {
    const to = interval.to ?? interval.from
    return {
      state: interval.state,
      from: interval.from,
      to,
      left: (interval.from - window.from) / span,
      width: (to - interval.from) / span,
    }
  })
}

/** Listed devices of the account first (by name), then devices known only from its events. */
export function accountDevices(input: AccountInput): AccountDeviceRow[] {
  const alertsByDevice = new Map<string, number>()
  for (const alert of input.openAlerts ?? []) {
    if (alert.subject.kind !== 'device') continue
    alertsByDevice.set(alert.subject.id, (alertsByDevice.get(alert.subject.id) ?? 0) + 1)
  }
  const listed = (input.devices ?? []).filter((d) => d.connected_account_id === input.accountId)
  const rows: AccountDeviceRow[] = listed.map((device) => ({
    id: device.device_id,
    name: deviceDisplayName(device),
    kind: deviceKindWords(device.device_type),
    status: currentDeviceStatus(
      device,
      input.eventsByDevice.get(device.device_id) ?? [],
      input.now,
    ),
    removed: false,
    openAlerts: alertsByDevice.get(device.device_id) ?? 0,
  }))
  rows.sort((a, b) => a.name.localeCompare(b.name, 'en'))
  const listedIds = new Set(listed.map((d) => d.device_id))
  const removed: AccountDeviceRow[] = []
  for (const [deviceId, events] of input.eventsByDevice) {
    if (listedIds.has(deviceId)) continue
    if (
      events.find((e) => e.connectedAccountId !== undefined)?.connectedAccountId !== input.accountId
    )
      continue
    const stub: Device = {
      device_id: deviceId,
      device_type: '',
      errors: [],
      warnings: [],
      properties: {},
    }
    const named = events.find((e) => e.details?.deviceName !== undefined)?.details?.deviceName
    removed.push({
      id: deviceId,
      name: named ?? deviceId,
      kind: 'Removed device',
      status: currentDeviceStatus(stub, events, input.now),
      removed: true,
      openAlerts: alertsByDevice.get(deviceId) ?? 0,
    })
  }
  return [...rows, ...removed]
}

export function accountStateWords(state: AccountView['state']): string {
  switch (state) {
    case 'connected':
      return 'Connected'
    case 'disconnected':
      return 'Disconnected'
    case 'reauthorization_requested':
      return 'Needs reauthorization'
    case 'deleted':
      return 'Deleted'
    case 'unknown':
      return 'Not known'
    default:
      state satisfies never
      return 'Not known'
  }
}

export function issueWords(issues: readonly EventIssue[] | undefined): string | undefined {
  if (issues === undefined || issues.length === 0) return undefined
  return issues.map((issue) => issue.message ?? issue.code.replaceAll('_', ' ')).join('; ')
}
