// Which face the fleet overview shows: loading, failed, empty (and why) or the fleet itself.
import type { UpstreamStatus } from '../../api/get-health'

export type FleetViewState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'empty'; readonly title: string; readonly message: string }
  | { readonly kind: 'ready'; readonly eventsMissing: boolean }

export interface FleetViewInput {
  readonly devicesLoaded: boolean
  readonly accountsLoaded: boolean
  readonly eventsLoaded: boolean
  /** The first failure of the device or account list. */
  readonly inventoryError: Error | null
  readonly streamError: Error | null
  readonly deviceCount: number
  readonly accountCount: number
  /** From /api/health; undefined before its first answer. */
  readonly upstreamStatus: UpstreamStatus | undefined
}

export function fleetViewState(input: FleetViewInput): FleetViewState {
  if (!input.devicesLoaded || !input.accountsLoaded) {
    return input.inventoryError === null
      ? { kind: 'loading' }
      : { kind: 'failed', message: input.inventoryError.message }
  }
  // Without events the states would be the snapshot's alone; wait for them unless they fail.
  if (!input.eventsLoaded && input.streamError === null) return { kind: 'loading' }
  if (input.deviceCount === 0 && input.accountCount === 0) return emptyState(input.upstreamStatus)
  return { kind: 'ready', eventsMissing: !input.eventsLoaded }
}

function emptyState(status: UpstreamStatus | undefined): FleetViewState {
  switch (status) {
    case undefined:
    case 'starting':
      return {
        kind: 'empty',
        title: 'Waiting for Seam',
        message:
          'The proxy has not had its first answer from Seam yet. Devices appear here within a few seconds.',
      }
    case 'degraded':
    case 'down':
      return {
        kind: 'empty',
        title: 'No devices to show',
        message:
          'The proxy could not get the device list from Seam (see the problem above), so there is nothing to show yet.',
      }
    case 'ok':
      return {
        kind: 'empty',
        title: 'No connected accounts or devices',
        message:
          'Seam lists no connected accounts and no devices for this workspace. Connect an account through a Seam Connect Webview; its devices appear here within a minute.',
      }
    default:
      status satisfies never
      return { kind: 'empty', title: 'No devices to show', message: '' }
  }
}
