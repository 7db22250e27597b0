// The large fleet's rarer episodes, drawn from a shuffle bag so every event type recurs.
import type { DeviceState, FleetContext, RawEvent } from './large-fleet-context'
import { HOUR_MS, MINUTE_MS } from './large-fleet-context'
import { reconnect } from './large-fleet-actions'

type Episode = (ctx: FleetContext) => RawEvent | undefined

function someDevice(ctx: FleetContext, role: string): DeviceState {
  return ctx.random.pick(ctx.byRole.get(role) ?? ctx.devices)
}

/** A device's spell (opened now, closed later), skipped when the device is in another spell. */
function spell(
  opening: Parameters<FleetContext['deviceEvent']>[0],
  closing: Parameters<FleetContext['deviceEvent']>[0],
  role = 'lock',
  fields: Record<string, unknown> = {},
): Episode {
  return (ctx) => {
    const device = someDevice(ctx, role)
    if (device.busy) return undefined
    device.busy = true
    ctx.later(ctx.random.between(20 * MINUTE_MS, 8 * HOUR_MS), () => {
      device.busy = false
      return ctx.deviceEvent(closing, device)
    })
    return ctx.deviceEvent(opening, device, fields)
  }
}

function codeEvent(type: Parameters<FleetContext['deviceEvent']>[0]): Episode {
  return (ctx) => {
    const device = someDevice(ctx, 'lock')
    const code = device.codes.length > 0 ? ctx.random.pick(device.codes) : ctx.newId()
    return ctx.deviceEvent(type, device, { access_code_id: code })
  }
}

const EPISODES: readonly Episode[] = [
  (ctx) => ctx.deviceEvent('device.tampered', someDevice(ctx, 'lock')),
  (ctx) => {
    const device = someDevice(ctx, 'lock')
    if (!device.keypadConnected) return undefined
    device.keypadConnected = false
    ctx.later(ctx.random.between(30 * MINUTE_MS, 4 * HOUR_MS), () => {
      device.keypadConnected = true
      return ctx.deviceEvent('device.accessory_keypad_connected', device)
    })
    return ctx.deviceEvent('device.accessory_keypad_disconnected', device)
  },
  (ctx) => {
    const device = someDevice(ctx, 'lock')
    if (device.flaky || !device.online) return undefined
    device.flaky = true
    ctx.later(ctx.random.between(10 * MINUTE_MS, 2 * HOUR_MS), () => {
      device.flaky = false
      return ctx.deviceEvent('device.connection_stabilized', device)
    })
    return ctx.deviceEvent('device.connection_became_flaky', device)
  },
  spell('device.error.subscription_required', 'device.error.subscription_required.resolved'),
  spell(
    'device.third_party_integration_detected',
    'device.third_party_integration_no_longer_detected',
  ),
  spell('device.salto.privacy_mode_activated', 'device.salto.privacy_mode_deactivated'),
  (ctx) => {
    const device = someDevice(ctx, 'lock')
    device.name = `${device.device.record.display_name} (renamed)`
    return ctx.deviceEvent('device.name_changed', device, { device_name: device.name })
  },
  (ctx) => {
    const device = someDevice(ctx, 'camera')
    if (device.busy) return undefined
    device.busy = true
    const back = ctx.random.between(HOUR_MS, 6 * HOUR_MS)
    ctx.soon(() =>
      ctx.deviceEvent('device.unmanaged.disconnected', device, {
        error_code: 'device_disconnected',
      }),
    )
    ctx.later(back / 2, () => ctx.deviceEvent('device.unmanaged.connected', device))
    ctx.later(back, () => {
      device.busy = false
      return ctx.deviceEvent('device.unmanaged.converted_to_managed', device)
    })
    return ctx.deviceEvent('device.converted_to_unmanaged', device)
  },
  (ctx) => {
    // A lock installed and taken away again: it is in no inventory, only in events.
    const template = someDevice(ctx, 'lock')
    const visitor: DeviceState = {
      ...template,
      // A few trial locks come and go again and again, rather than hundreds of removed ones.
      id: `trial-lock-${ctx.random.int(1, 5)}`,
      name: 'Trial lock',
      codes: [],
    }
    ctx.later(ctx.random.between(HOUR_MS, 3 * HOUR_MS), () =>
      ctx.deviceEvent('device.removed', visitor),
    )
    ctx.later(ctx.random.between(3 * HOUR_MS, 5 * HOUR_MS), () =>
      ctx.deviceEvent('device.deleted', visitor, { device_name: visitor.name }),
    )
    return ctx.deviceEvent('device.added', visitor)
  },
  (ctx) => {
    const account = ctx.random.pick(ctx.accounts)
    ctx.later(ctx.random.between(20 * MINUTE_MS, 3 * HOUR_MS), () =>
      ctx.random.chance(0.5)
        ? ctx.accountEvent('connected_account.successful_login', account.id, {
            connect_webview_id: ctx.newId(),
          })
        : ctx.accountEvent('connect_webview.login_succeeded', account.id, {
            connect_webview_id: ctx.newId(),
          }),
    )
    return ctx.accountEvent('connected_account.reauthorization_requested', account.id)
  },
  (ctx) => {
    // An account drops; a handful of its devices report account_disconnected with it.
    const account = ctx.random.pick(ctx.accounts)
    if (!account.connected) return undefined
    account.connected = false
    const back = ctx.random.between(30 * MINUTE_MS, 5 * HOUR_MS)
    const hit = account.devices.filter((d) => d.online).slice(0, 5)
    for (const device of hit) {
      ctx.soon(() => {
        if (!device.online) return undefined
        device.online = false
        return ctx.deviceEvent('device.disconnected', device, {
          error_code: 'account_disconnected',
        })
      })
      ctx.later(back + 30_000, reconnect(ctx, device))
    }
    ctx.later(back, () => {
      account.connected = true
      return ctx.accountEvent('connected_account.connected', account.id, {
        connect_webview_id: ctx.newId(),
      })
    })
    ctx.later(back + 90_000, () =>
      ctx.accountEvent('connected_account.completed_first_sync_after_reconnection', account.id),
    )
    return ctx.accountEvent('connected_account.disconnected', account.id)
  },
  (ctx) => {
    // An owner connects an account of their own for a while, then deletes it.
    const accountId = `owner-account-${ctx.random.int(1, 3)}`
    ctx.soon(() =>
      ctx.accountEvent('connected_account.connected', accountId, {
        connect_webview_id: ctx.newId(),
      }),
    )
    ctx.later(5 * MINUTE_MS, () =>
      ctx.accountEvent('connected_account.completed_first_sync', accountId),
    )
    ctx.later(ctx.random.between(2 * HOUR_MS, 12 * HOUR_MS), () =>
      ctx.accountEvent('connected_account.deleted', accountId, {
        connected_account_type: 'august',
      }),
    )
    return ctx.accountEvent('connected_account.created', accountId, {
      connect_webview_id: ctx.newId(),
    })
  },
  (ctx) => ctx.workspaceEvent('connect_webview.login_failed', { connect_webview_id: ctx.newId() }),
  (ctx) => {
    const device = someDevice(ctx, 'lock')
    const code = ctx.newId()
    ctx.later(ctx.random.between(5 * MINUTE_MS, 20 * MINUTE_MS), () =>
      ctx.deviceEvent('access_code.failed_to_set_on_device', device, { access_code_id: code }),
    )
    ctx.later(ctx.random.between(30 * MINUTE_MS, 2 * HOUR_MS), () =>
      ctx.deviceEvent('access_code.set_on_device', device, { access_code_id: code, code: '5830' }),
    )
    return ctx.deviceEvent('access_code.delay_in_setting_on_device', device, {
      access_code_id: code,
    })
  },
  (ctx) => {
    const device = someDevice(ctx, 'lock')
    const code = ctx.newId()
    ctx.later(ctx.random.between(5 * MINUTE_MS, 20 * MINUTE_MS), () =>
      ctx.deviceEvent('access_code.failed_to_remove_from_device', device, { access_code_id: code }),
    )
    ctx.later(ctx.random.between(30 * MINUTE_MS, 2 * HOUR_MS), () =>
      ctx.deviceEvent('access_code.removed_from_device', device, { access_code_id: code }),
    )
    return ctx.deviceEvent('access_code.delay_in_removing_from_device', device, {
      access_code_id: code,
    })
  },
  codeEvent('access_code.changed'),
  codeEvent('access_code.modified_external_to_seam'),
  codeEvent('access_code.deleted_external_to_seam'),
  (ctx) => {
    const device = someDevice(ctx, 'lock')
    return ctx.deviceEvent('access_code.backup_access_code_pulled', device, {
      access_code_id: ctx.newId(),
      backup_access_code_id: ctx.newId(),
    })
  },
  (ctx) => {
    const device = someDevice(ctx, 'lock')
    const code = ctx.newId()
    ctx.later(ctx.random.between(MINUTE_MS, 10 * MINUTE_MS), () =>
      ctx.random.chance(0.5)
        ? ctx.deviceEvent('access_code.unmanaged.converted_to_managed', device, {
            access_code_id: code,
          })
        : ctx.deviceEvent('access_code.unmanaged.failed_to_convert_to_managed', device, {
            access_code_id: code,
          }),
    )
    ctx.later(ctx.random.between(HOUR_MS, 4 * HOUR_MS), () =>
      ctx.deviceEvent('access_code.unmanaged.removed', device, { access_code_id: code }),
    )
    return ctx.deviceEvent('access_code.unmanaged.created', device, { access_code_id: code })
  },
]

/** How many different episodes there are: a bag round draws each once. */
export const EPISODE_COUNT = EPISODES.length

export function episodeAt(index: number): Episode {
  return EPISODES[index % EPISODES.length] as Episode
}
