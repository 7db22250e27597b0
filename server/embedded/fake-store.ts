// Typed access to the fake Seam's store for the portfolio and the simulator: the casts live here.
import type { Fake } from '@seamapi/fake-seam-connect'

export type FakeDatabase = Fake['database']

export type BatteryStatus = 'critical' | 'low' | 'good' | 'full'

/** String or boolean values only, as Seam accepts in custom_metadata. */
export type CustomMetadata = Record<string, string | boolean>

/** One entry of a device's or account's `errors` / `warnings`, shaped as Seam sends them. */
export interface StoreIssue {
  error_code?: string
  warning_code?: string
  message: string
  created_at: string
  is_device_error?: boolean
  is_connected_account_error?: boolean
}

export interface DeviceProperties {
  name: string
  online: boolean
  appearance: { name: string }
  manufacturer?: string
  model: { display_name: string; manufacturer_display_name: string }
  battery?: { level: number; status: BatteryStatus } | undefined
  battery_level?: number | undefined
  locked?: boolean
  door_open?: boolean
  accessory_keypad?: { is_connected: boolean; battery: { level: number } }
  noise_level_decibels?: number | undefined
  currently_triggering_noise_threshold_ids?: string[] | undefined
  [key: string]: unknown
}

/**
 * A device as Doorboard's portfolio stores it. Wider than the fake's own Device type, which
 * lists ten device types and a fixed property union; Seam's devices carry more (cameras, hubs,
 * vendor metadata) and the fake stores and serves whatever it is given.
 */
export interface DeviceRecord {
  device_id: string
  device_type: string
  display_name: string
  connected_account_id: string
  workspace_id: string
  is_managed: boolean
  created_at: string
  capabilities_supported: string[]
  can_remotely_lock?: boolean
  can_remotely_unlock?: boolean
  can_program_online_access_codes?: boolean
  custom_metadata: CustomMetadata
  errors: StoreIssue[]
  warnings: StoreIssue[]
  properties: DeviceProperties
}

export interface DevicePatch {
  display_name?: string
  is_managed?: boolean
  errors?: StoreIssue[]
  warnings?: StoreIssue[]
  properties?: Partial<DeviceProperties>
}

export interface AccountRecord {
  connected_account_id: string
  workspace_id: string
  provider: string
  account_type?: string
  account_type_display_name?: string
  display_name: string
  created_at: string
  custom_metadata: CustomMetadata
  errors: StoreIssue[]
  warnings: StoreIssue[]
}

export interface AccountSeed {
  connected_account_id: string
  workspace_id: string
  provider: string
  display_name: string
  email: string
  account_type_display_name: string
  created_at: string
  custom_metadata: CustomMetadata
}

export function workspaceDevices(database: FakeDatabase, workspaceId: string): DeviceRecord[] {
  const devices: readonly unknown[] = database.devices
  // Every device of the portfolio workspace was written through addDevice below, as a DeviceRecord.
  return (devices as DeviceRecord[]).filter((device) => device.workspace_id === workspaceId)
}

export function findDevice(database: FakeDatabase, deviceId: string): DeviceRecord | undefined {
  const devices: readonly unknown[] = database.devices
  return (devices as DeviceRecord[]).find((device) => device.device_id === deviceId)
}

export function addDevice(database: FakeDatabase, record: DeviceRecord): void {
  database.addDevice({
    device_id: record.device_id,
    // The fake's type lists ten device types; it stores any (see DeviceRecord).
    device_type: record.device_type as Parameters<FakeDatabase['addDevice']>[0]['device_type'],
    name: record.properties.name,
    workspace_id: record.workspace_id,
    connected_account_id: record.connected_account_id,
    created_at: record.created_at,
  })
  // addDevice fills defaults (a full battery, lock capabilities) that a hub or camera must not
  // have; writing the whole record over them leaves exactly what the portfolio describes.
  database.updateDevice(record as unknown as Parameters<FakeDatabase['updateDevice']>[0])
}

/** Shallow merge, as the fake does: `properties` is merged one level deep, the rest replaced. */
export function patchDevice(database: FakeDatabase, deviceId: string, patch: DevicePatch): void {
  database.updateDevice({ device_id: deviceId, ...patch })
}

export function deleteDevice(database: FakeDatabase, deviceId: string): void {
  database.deleteDevice(deviceId)
}

export function workspaceAccounts(database: FakeDatabase, workspaceId: string): AccountRecord[] {
  const accounts: readonly unknown[] = database.connected_accounts
  // Written through addAccount below, which sets errors and warnings on every account.
  return (accounts as AccountRecord[]).filter((account) => account.workspace_id === workspaceId)
}

export function findAccount(database: FakeDatabase, accountId: string): AccountRecord | undefined {
  const accounts: readonly unknown[] = database.connected_accounts
  return (accounts as AccountRecord[]).find((account) => account.connected_account_id === accountId)
}

export function addAccount(database: FakeDatabase, seed: AccountSeed): void {
  database.addConnectedAccount({
    connected_account_id: seed.connected_account_id,
    workspace_id: seed.workspace_id,
    provider: seed.provider,
    account_type: seed.provider,
    user_identifier: { email: seed.email },
    display_name: seed.display_name,
    created_at: seed.created_at,
    custom_metadata: seed.custom_metadata,
  })
  patchAccount(database, seed.connected_account_id, {
    account_type_display_name: seed.account_type_display_name,
    errors: [],
    warnings: [],
  })
}

export function patchAccount(
  database: FakeDatabase,
  accountId: string,
  patch: Partial<Pick<AccountRecord, 'errors' | 'warnings' | 'account_type_display_name'>>,
): void {
  // updateConnectedAccount is typed for two fields but stores whatever it is given.
  database.updateConnectedAccount({ connected_account_id: accountId, ...patch })
}

export function deleteAccount(database: FakeDatabase, accountId: string): void {
  database.deleteConnectedAccount({ connected_account_id: accountId })
}

export function addEvent(
  database: FakeDatabase,
  event: Record<string, unknown> & { event_type: string; workspace_id: string },
): void {
  database.addEvent(event)
}
