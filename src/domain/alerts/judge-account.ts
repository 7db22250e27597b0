// One connected account's alerts from its own events, and the Connect Webview failures over all of them.
import type { ConnectedAccount } from '../accounts/connected-account-schema'
import { connectedAccountDisplayName } from '../accounts/connected-account-schema'
import type { Instant, ParsedEvent } from '../events/parsed-event'
import type { Alert, AlertSubject } from './alert'
import type { AlertConfig } from './alert-config'
import { prepareEvents } from './alert-events'
import { accountDisconnectedAlerts } from './rules/account-disconnected'
import { accountReauthorizationAlerts } from './rules/account-reauthorization'
import type { RuleInput } from './rules/rule-input'
import { webviewLoginFailedAlerts } from './rules/webview-login-failed'

export interface JudgeAccountInput {
  readonly accountId: string
  /** The account as Seam lists it; undefined when it is known only from events. */
  readonly account: ConnectedAccount | undefined
  /** The account's events; its devices' events among them are skipped. */
  readonly events: readonly ParsedEvent[]
  readonly now: Instant
  readonly config: AlertConfig
  readonly uniqueEventIds?: boolean | undefined
}

export interface JudgedAccount {
  /** Every alert of the account rules, disconnections included. */
  readonly alerts: readonly Alert[]
  /** The account_disconnected alerts, which root-cause grouping reads. */
  readonly disconnections: readonly Alert[]
  /** Its Connect Webview events, ready for webviewAlerts (which judges them fleet-wide). */
  readonly webviewEvents: readonly ParsedEvent[]
}

const ACCOUNT_RULES: readonly ((input: RuleInput) => Alert[])[] = [accountReauthorizationAlerts]

/** What deriveAlerts runs for each account: alone, so a poll can re-judge only the changed ones. */
export function judgeAccount(input: JudgeAccountInput): JudgedAccount {
  // An account's list may hold its devices' events too; only its own matter here, and dropping
  // the rest first halves the sorting.
  const events = prepareEvents(
    input.events.filter(isAccountEvent),
    input.now,
    input.uniqueEventIds ?? false,
  )
  const name =
    input.account === undefined ? input.accountId : connectedAccountDisplayName(input.account)
  const subject: AlertSubject = { kind: 'account', id: input.accountId, name }
  const ruleInput: RuleInput = { subject, events, now: input.now, config: input.config }
  const alerts: Alert[] = []
  for (const rule of ACCOUNT_RULES) for (const alert of rule(ruleInput)) alerts.push(alert)
  const disconnections = accountDisconnectedAlerts(ruleInput)
  for (const alert of disconnections) alerts.push(alert)
  return { alerts, disconnections, webviewEvents: events.filter(isWebviewEvent) }
}

export interface WebviewAlertsInput {
  /** Each account's webviewEvents (in account order), then the workspace's events. */
  readonly accountWebviewEvents: readonly ParsedEvent[]
  readonly workspaceEvents: readonly ParsedEvent[]
  readonly accountName: (accountId: string) => string
  readonly now: Instant
  readonly config: AlertConfig
}

/** Failed webview logins, fleet-wide: a failure may name no account yet. */
export function webviewAlerts(input: WebviewAlertsInput): Alert[] {
  const events = [...input.accountWebviewEvents, ...input.workspaceEvents.filter(isWebviewEvent)]
  return webviewLoginFailedAlerts({
    events: prepareEvents(events, input.now),
    now: input.now,
    config: input.config,
    accountName: input.accountName,
  })
}

function isAccountEvent(event: ParsedEvent): boolean {
  return event.type.startsWith('connected_account.') || isWebviewEvent(event)
}

function isWebviewEvent(event: ParsedEvent): boolean {
  return event.type.startsWith('connect_webview.')
}
