// POST / DELETE one alert state change to the proxy; its answer is the whole new state.
import { requestProxyJson, type FetchLike } from '../request-proxy'
import type { AlertStateChange } from './apply-alert-state-change'
import { alertStateSchema, type AlertState } from './get-alert-state'

function request(change: AlertStateChange): { method: string; path: string; body?: string } {
  const query = `?alert_id=${encodeURIComponent(change.alertId)}`
  switch (change.kind) {
    case 'acknowledge':
      return {
        method: 'POST',
        path: '/alert_state/acknowledgements',
        body: JSON.stringify({ alert_id: change.alertId, by: change.by, note: change.note }),
      }
    case 'unacknowledge':
      return { method: 'DELETE', path: `/alert_state/acknowledgements${query}` }
    case 'snooze':
      return {
        method: 'POST',
        path: '/alert_state/snoozes',
        body: JSON.stringify({ alert_id: change.alertId, by: change.by, hours: change.hours }),
      }
    case 'unsnooze':
      return { method: 'DELETE', path: `/alert_state/snoozes${query}` }
    default:
      return change satisfies never
  }
}

export async function sendAlertStateChange(
  change: AlertStateChange,
  options: { fetch?: FetchLike } = {},
): Promise<AlertState> {
  const { method, path, body } = request(change)
  return requestProxyJson(path, alertStateSchema, {
    method,
    ...(body === undefined ? {} : { body }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  })
}
