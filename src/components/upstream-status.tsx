// The header's pill saying whether the proxy is getting data from Seam.
import type { Health } from '../api/get-health'
import { describeUpstream } from './describe-upstream'
import { StatusPill } from './status-pill'

export interface UpstreamStatusProps {
  /** The latest health answer, undefined before the first. */
  readonly health: Health | undefined
  /** The last health request failed: the answer we hold is old news about Seam. */
  readonly proxyFailing: boolean
}

export function UpstreamStatus({ health, proxyFailing }: UpstreamStatusProps) {
  if (proxyFailing) {
    return (
      <span data-testid="upstream-status" data-status="proxy-unreachable">
        <StatusPill tone="critical">Proxy not answering</StatusPill>
      </span>
    )
  }
  if (health === undefined) return <StatusPill tone="neutral">Seam: checking…</StatusPill>
  const words = describeUpstream(health)
  return (
    <span title={words.problem} data-testid="upstream-status" data-status={health.status}>
      <StatusPill tone={words.tone}>{words.label}</StatusPill>
    </span>
  )
}
