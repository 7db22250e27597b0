// The connected accounts of Seam's /connected_accounts/list, validated leniently.
import { z } from 'zod/v4'
import type { ParseResult } from '../devices/device-schema'
import { describeIssues, previewValue } from '../events/issue-words'

const optionalText = z.string().nullish()

const accountIssue = z.looseObject({
  error_code: optionalText,
  warning_code: optionalText,
  message: optionalText,
  created_at: optionalText,
})

/**
 * Field names differ between Seam's documentation and the fake: the documented type is
 * `account_type`, the fake sends `provider`, and events carry `connected_account_type`. All three
 * are accepted; use connectedAccountProvider() to read whichever is there.
 */
export const connectedAccountSchema = z.looseObject({
  // Seam documents UUIDs; the fake uses "john_connected_account_id". Any non-empty string will do.
  connected_account_id: z.string().min(1),
  provider: optionalText,
  account_type: optionalText,
  connected_account_type: optionalText,
  account_type_display_name: optionalText,
  display_name: optionalText,
  // Deprecated by Seam in favour of display_name, still sent.
  user_identifier: z
    .looseObject({
      email: optionalText,
      username: optionalText,
      phone: optionalText,
      api_url: optionalText,
      exclusive: z.boolean().nullish(),
    })
    .nullish(),
  image_url: optionalText,
  workspace_id: optionalText,
  created_at: optionalText,
  customer_key: optionalText,
  automatically_manage_new_devices: z.boolean().nullish(),
  custom_metadata: z.record(z.string(), z.unknown()).nullish(),
  // Always arrays in the output, so views need no null checks.
  errors: z.array(accountIssue).nullish().transform(orEmpty),
  warnings: z.array(accountIssue).nullish().transform(orEmpty),
})

export type ConnectedAccount = z.output<typeof connectedAccountSchema>
export type ConnectedAccountIssue = z.output<typeof accountIssue>

export function parseConnectedAccount(raw: unknown): ParseResult<ConnectedAccount> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: `connected account must be an object, got ${previewValue(raw)}` }
  }
  const result = connectedAccountSchema.safeParse(raw)
  if (result.success) return { ok: true, value: result.data }
  const accountId = 'connected_account_id' in raw ? raw.connected_account_id : undefined
  const subject =
    typeof accountId === 'string' && accountId !== ''
      ? `connected account ${accountId}`
      : 'connected account'
  return {
    ok: false,
    reason: `${subject}: ${describeIssues(result.error.issues, raw, 'connected account')}`,
  }
}

/** What a person calls the account: its display name, then its login, then its id. */
export function connectedAccountDisplayName(account: ConnectedAccount): string {
  const login = account.user_identifier
  return (
    nonEmpty(account.display_name) ??
    nonEmpty(login?.email) ??
    nonEmpty(login?.username) ??
    nonEmpty(login?.phone) ??
    account.connected_account_id
  )
}

/** The provider key ("august", "schlage"), whichever of Seam's field names carries it. */
export function connectedAccountProvider(account: ConnectedAccount): string | undefined {
  return (
    nonEmpty(account.provider) ??
    nonEmpty(account.account_type) ??
    nonEmpty(account.connected_account_type)
  )
}

function nonEmpty(text: string | null | undefined): string | undefined {
  return text === undefined || text === null || text === '' ? undefined : text
}

function orEmpty<T>(list: T[] | null | undefined): T[] {
  return list ?? []
}
