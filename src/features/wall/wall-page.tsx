// The wall screen: dark, no chrome, problems first, healthy counts, clock and data age; stale loudly.
import { useQuery } from '@tanstack/react-query'
import { useMemo, useRef } from 'react'
import { HEALTH_REFRESH_MS, healthQuery } from '../../api/get-health'
import { alertsQuery, UNRESOLVED } from '../../api/live/alerts-read-model'
import { fleetQuery } from '../../api/live/fleet-read-model'
import { useLiveStream } from '../../api/live/use-live-stream'
import { worseSeverity } from '../../domain/alerts/alert'
import type { Instant, Severity } from '../../domain/events/parsed-event'
import { useNow } from '../../lib/use-now'
import { useLineCapacity } from './use-line-capacity'
import { usePageCycle } from './use-page-cycle'
import { WallAccountCounts } from './wall-account-counts'
import { WallClock } from './wall-clock'
import { SEVERITY_TEXT } from './wall-colours'
import { WallDataAge } from './wall-data-age'
import { wallInput } from './wall-input'
import { paginate, problemLines } from './wall-pages'
import { WALL_LINE_CLASS, WallProblemList } from './wall-problem-list'
import { wallSummary, type WallSummary } from './wall-problems'
import { WallStaleNotice } from './wall-stale-notice'
import { wallFreshness } from './wall-staleness'

export function WallPage() {
  const now = useNow()
  const health = useQuery(healthQuery())
  // The server judges the fleet; the stream patches these (or they are polled when it cannot).
  const live = useLiveStream()
  const fleet = useQuery(fleetQuery(live.pollMs))
  const alerts = useQuery(alertsQuery(UNRESOLVED, live.pollMs))

  // Fresh data reaches the wall as a read model fetched or a stream message (heartbeats too).
  const receivedAt = Math.max(fleet.dataUpdatedAt, alerts.dataUpdatedAt, live.lastMessageAt ?? 0)
  const freshness = wallFreshness({
    health: health.data,
    healthReceivedAt: health.dataUpdatedAt,
    healthError: health.error,
    healthRefreshMs: HEALTH_REFRESH_MS,
    streamError: fleet.error ?? alerts.error,
    streamFetchedAt: receivedAt === 0 ? undefined : receivedAt,
    now,
  })
  const fleetModel = fleet.data
  const alertsModel = alerts.data
  const summary = useMemo(
    () =>
      fleetModel === undefined || alertsModel === undefined
        ? undefined
        : wallSummary(wallInput(fleetModel, alertsModel)),
    [fleetModel, alertsModel],
  )
  const stale = freshness.state === 'stale'

  return (
    <div
      // Dark whatever the OS scheme: the wall sets its own colours and never uses dark: variants.
      style={{ colorScheme: 'dark' }}
      className={`flex h-screen flex-col overflow-hidden text-[clamp(16px,1.25vw,64px)] text-zinc-50 ${
        stale ? 'bg-red-950 ring-[0.6em] ring-red-600 ring-inset' : 'bg-zinc-950'
      }`}
      data-freshness={freshness.state}
    >
      <title>{stale ? 'Data is stale · Doorboard wall' : 'Wall screen · Doorboard'}</title>
      <header className="flex items-start gap-[2em] px-[1.5em] pt-[1em] pb-[0.75em]">
        <div className="min-w-0 flex-1">
          <p className="text-[1em] text-zinc-400">Doorboard wall screen</p>
          <Headline summary={summary} stale={stale} waiting={freshness.state === 'waiting'} />
        </div>
        <WallDataAge freshness={freshness} live={live.mode === 'live'} />
        <WallClock now={now} />
      </header>
      {freshness.state === 'stale' ? (
        <WallStaleNotice freshness={freshness} now={now} lastKnown={summary} />
      ) : summary === undefined ? (
        <p className="flex flex-1 items-center justify-center text-[2.5em] text-zinc-400">
          {freshness.state === 'waiting' ? freshness.text : 'Loading devices and alerts…'}
        </p>
      ) : (
        <WallBody summary={summary} now={now} />
      )}
    </div>
  )
}

function Headline({
  summary,
  stale,
  waiting,
}: {
  summary: WallSummary | undefined
  stale: boolean
  waiting: boolean
}) {
  if (stale || waiting || summary === undefined) return null
  const count = summary.problems.length
  const gravest = summary.problems.reduce<Severity | undefined>(
    (worst, problem) =>
      worst === undefined ? problem.severity : worseSeverity(worst, problem.severity),
    undefined,
  )
  return (
    <p
      className={`mt-[0.15em] text-[2.6em] leading-tight font-bold ${gravest === undefined ? 'text-emerald-300' : SEVERITY_TEXT[gravest]}`}
    >
      {count === 0
        ? `All clear: ${summary.okCount} of ${summary.deviceCount} devices OK`
        : `${count === 1 ? '1 problem' : `${count} problems`} · ${summary.okCount} of ${summary.deviceCount} devices OK`}
    </p>
  )
}

function WallBody({ summary, now }: { summary: WallSummary; now: Instant }) {
  const box = useRef<HTMLDivElement>(null)
  const sampleLine = useRef<HTMLDivElement>(null)
  const capacity = useLineCapacity(box, sampleLine)
  const pages = useMemo(
    () => paginate(summary.problems, capacity, (problem) => problemLines(problem)),
    [summary.problems, capacity],
  )
  const pageIndex = usePageCycle(pages.length)
  const page = pages[pageIndex] ?? []

  return (
    <>
      <main className="flex min-h-0 flex-1 flex-col px-[1.5em]">
        <div className="flex items-baseline justify-between pb-[0.4em]">
          <h1 className="text-[1.3em] font-semibold tracking-wide text-zinc-300 uppercase">
            {summary.problems.length === 0 ? 'No problems' : 'Problems'}
          </h1>
          {pages.length > 1 && (
            <p className="text-[1.3em] text-zinc-300 tabular-nums">
              Page {pageIndex + 1} of {pages.length}
            </p>
          )}
        </div>
        <div ref={box} className="relative min-h-0 flex-1 overflow-hidden">
          <div
            ref={sampleLine}
            aria-hidden="true"
            className={`invisible absolute ${WALL_LINE_CLASS}`}
          />
          {summary.problems.length === 0 ? (
            <p className="flex h-full items-center justify-center text-[3em] font-semibold text-emerald-300">
              Every device is fine.
            </p>
          ) : (
            <WallProblemList problems={page} capacity={capacity} now={now} />
          )}
        </div>
      </main>
      <footer className="px-[1.5em] pt-[0.75em] pb-[1.25em]">
        <h2 className="pb-[0.4em] text-[1.3em] font-semibold tracking-wide text-zinc-300 uppercase">
          Devices OK per account
        </h2>
        <WallAccountCounts accounts={summary.accounts} />
      </footer>
    </>
  )
}
