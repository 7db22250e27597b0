// What is wrong with the data pipeline right now (browser → proxy → Seam), as banners to show.
import type { Health } from '../api/get-health'
import { ProxyUnreachableError } from '../api/proxy-error'
import { describeUpstream } from '../components/describe-upstream'
import type { Instant } from '../domain/events/parsed-event'
import { formatClockTime } from '../lib/format-time'

export interface ConnectionProblem {
  readonly key: 'proxy' | 'events' | 'upstream'
  readonly tone: 'warning' | 'critical'
  readonly title: string
  readonly message: string
}

export interface ConnectionInput {
  readonly health: Health | undefined
  readonly healthError: Error | null
  /** When the last good health answer arrived (browser clock); 0 when none did. */
  readonly healthReceivedAt: Instant
  readonly retryEveryMs: number
  readonly timeZone?: string
}

/**
 * The nearest broken link wins: when the proxy cannot be reached, its last word on Seam is old news
 * and is not repeated.
 */
export function connectionProblems(input: ConnectionInput): ConnectionProblem[] {
  const retry = `Retrying every ${Math.round(input.retryEveryMs / 1000)} s.`
  if (input.healthError !== null) {
    const shown =
      input.health !== undefined && input.healthReceivedAt > 0
        ? ` Showing the data received up to ${formatClockTime(input.healthReceivedAt, input.timeZone)}.`
        : ''
    return [
      {
        key: 'proxy',
        tone: 'critical',
        title:
          input.healthError instanceof ProxyUnreachableError
            ? 'Cannot reach the Doorboard proxy'
            : 'The Doorboard proxy is not answering properly',
        message: `${input.healthError.message}${shown} ${retry}`,
      },
    ]
  }

  const problems: ConnectionProblem[] = []
  if (input.health !== undefined) {
    const words = describeUpstream(input.health, input.timeZone)
    if (words.problem !== undefined) {
      problems.push({
        key: 'upstream',
        tone: input.health.status === 'down' ? 'critical' : 'warning',
        title:
          input.health.status === 'down' ? 'No data from Seam' : 'Seam is not answering reliably',
        message: words.problem,
      })
    }
  }
  return problems
}
