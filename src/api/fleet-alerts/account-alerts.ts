// The account and webview alerts of a fleet, each account re-judged only when its events or listing change.
import type { ConnectedAccount } from '../../domain/accounts/connected-account-schema'
import { connectedAccountDisplayName } from '../../domain/accounts/connected-account-schema'
import type { Alert } from '../../domain/alerts/alert'
import { compareText } from '../../domain/alerts/alert'
import type { AlertConfig } from '../../domain/alerts/alert-config'
import { judgeAccount, webviewAlerts } from '../../domain/alerts/judge-account'
import type { Instant, ParsedEvent } from '../../domain/events/parsed-event'
import { collectChanges, keepUnchangedAlerts } from './keep-unchanged-alerts'
import { sameItems } from '../../lib/same-items'

interface AccountEntry {
  readonly account: ConnectedAccount | undefined
  readonly events: readonly ParsedEvent[]
  readonly alerts: readonly Alert[]
  readonly disconnections: readonly Alert[]
  readonly webviewEvents: readonly ParsedEvent[]
}

/** What the last call judged: each account's alerts, and the webview alerts over all of them. */
export interface AccountAlertCache {
  readonly accounts: Map<string, AccountEntry>
  /** What the webview alerts were judged from: every account's webview events, the workspace's. */
  webviewInput: WebviewInput | undefined
  webview: readonly Alert[]
  /** Every account_disconnected alert, in account order (what root-cause grouping reads). */
  disconnections: readonly Alert[]
}

export function createAccountAlertCache(): AccountAlertCache {
  return {
    accounts: new Map(),
    webviewInput: undefined,
    webview: [],
    disconnections: [],
  }
}

export interface AccountAlertInput {
  readonly accounts: readonly ConnectedAccount[]
  readonly byAccount: ReadonlyMap<string, readonly ParsedEvent[]>
  readonly workspace: readonly ParsedEvent[]
  readonly now: Instant
  readonly config: AlertConfig
}

interface WebviewInput {
  readonly accounts: readonly ConnectedAccount[]
  readonly events: readonly ParsedEvent[]
  readonly workspace: readonly ParsedEvent[]
}

const NO_EVENTS: readonly ParsedEvent[] = []

/**
 * What deriveAlerts judges for accounts, updating `cache` (made for this `now` and config) and
 * reporting the alerts that left and arrived. An account whose list and listing kept their
 * identity keeps its alerts; one re-judged keeps the objects of the alerts that did not change.
 */
export function updateAccountAlerts(
  input: AccountAlertInput,
  cache: AccountAlertCache,
  removed: Set<Alert>,
  added: Alert[],
): void {
  const listed = new Map(input.accounts.map((a) => [a.connected_account_id, a]))
  const ids = [...new Set([...input.byAccount.keys(), ...listed.keys()])].sort(compareText)
  const webviewEvents: ParsedEvent[] = []
  const disconnections: Alert[] = []

  for (const id of ids) {
    const account = listed.get(id)
    const events = input.byAccount.get(id) ?? NO_EVENTS
    let entry = cache.accounts.get(id)
    if (entry === undefined || entry.events !== events || entry.account !== account) {
      const judged = judgeAccount({
        accountId: id,
        account,
        events,
        now: input.now,
        config: input.config,
        uniqueEventIds: true,
      })
      const alerts =
        entry === undefined ? judged.alerts : keepUnchangedAlerts(entry.alerts, judged.alerts)
      const next: AccountEntry = {
        account,
        events,
        alerts,
        disconnections: alerts.filter((alert) => alert.rule === 'account_disconnected'),
        webviewEvents: judged.webviewEvents,
      }
      collectChanges(entry?.alerts ?? [], next.alerts, removed, added)
      cache.accounts.set(id, next)
      entry = next
    }
    for (const event of entry.webviewEvents) webviewEvents.push(event)
    for (const alert of entry.disconnections) disconnections.push(alert)
  }
  if (cache.accounts.size > ids.length) {
    const present = new Set(ids)
    for (const [id, entry] of cache.accounts) {
      if (present.has(id)) continue
      collectChanges(entry.alerts, [], removed, added)
      cache.accounts.delete(id)
    }
  }
  cache.disconnections = sameItems(cache.disconnections, disconnections)
    ? cache.disconnections
    : disconnections

  const last = cache.webviewInput
  if (
    last !== undefined &&
    last.accounts === input.accounts &&
    last.workspace === input.workspace &&
    sameItems(last.events, webviewEvents)
  ) {
    return
  }
  // Alert subjects carry account names, hence the listing among the inputs.
  const accountName = (id: string) => {
    const account = listed.get(id)
    return account === undefined ? id : connectedAccountDisplayName(account)
  }
  const fresh = webviewAlerts({
    accountWebviewEvents: webviewEvents,
    workspaceEvents: input.workspace,
    accountName,
    now: input.now,
    config: input.config,
  })
  const webview = keepUnchangedAlerts(cache.webview, fresh)
  collectChanges(cache.webview, webview, removed, added)
  cache.webview = webview
  cache.webviewInput = {
    accounts: input.accounts,
    events: webviewEvents,
    workspace: input.workspace,
  }
}
