// POST / DELETE one alert state change to the proxy; its answer is the whole new state.
import { describeIssues } from '../../domain/events/issue-words'
import { ProxyHttpError, ProxyResponseError, ProxyUnreachableError } from '../proxy-error'
import { API_BASE, type FetchLike } from '../request-proxy'
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

async function messageOf(response: Response): Promise<string | undefined> {
  try {
    const body: unknown = await response.json()
    if (typeof body === 'object' && body !== null && 'message' in body) {
      const message = body.message
      if (typeof message === 'string' && message !== '') return message.slice(0, 300)
    }
  } catch {
    // Not JSON: the status has to do.
  }
  return undefined
}

export async function sendAlertStateChange(
  change: AlertStateChange,
  options: { fetch?: FetchLike } = {},
): Promise<AlertState> {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init))
  const { method, path, body } = request(change)
  const shownPath = `${API_BASE}${path.split('?')[0] ?? path}`
  let response: Response
  try {
    response = await doFetch(`${API_BASE}${path}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body,
    })
  } catch (error) {
    throw new ProxyUnreachableError(shownPath, { cause: error })
  }
  if (!response.ok) throw new ProxyHttpError(shownPath, response.status, await messageOf(response))
  let json: unknown
  try {
    json = await response.json()
  } catch {
    throw new ProxyResponseError(shownPath, 'the body is not JSON')
  }
  const result = alertStateSchema.safeParse(json)
  if (!result.success) {
    throw new ProxyResponseError(shownPath, describeIssues(result.error.issues, json, 'response'))
  }
  return result.data
}
