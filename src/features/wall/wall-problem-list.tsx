// One page of the wall's problems: incidents with the devices they took down, then single alerts.
import type { Instant } from '../../domain/events/parsed-event'
import { formatSince } from '../../lib/format-time'
import { SEVERITY_STRIPE, SEVERITY_TEXT, SEVERITY_WORD } from './wall-colours'
import { DEVICES_PER_LINE } from './wall-pages'
import type { WallAlert, WallIncident, WallProblem } from './wall-problems'

/** Every list line has this height, so the pager's arithmetic matches what is drawn. */
export const WALL_LINE_CLASS = 'h-[3.5em]'

export interface WallProblemListProps {
  readonly problems: readonly WallProblem[]
  /** Lines a page holds: an incident with more devices than fit is shortened to this. */
  readonly capacity: number
  readonly now: Instant
}

export function WallProblemList({ problems, capacity, now }: WallProblemListProps) {
  return (
    <ol aria-label="Problems" className="flex flex-col">
      {problems.map((problem) =>
        problem.kind === 'incident' ? (
          <IncidentItem key={problem.id} incident={problem} capacity={capacity} now={now} />
        ) : (
          <AlertItem key={problem.id} alert={problem} now={now} />
        ),
      )}
    </ol>
  )
}

function ProblemLine({
  problem,
  label,
  now,
}: {
  problem: WallProblem
  label: string
  now: Instant
}) {
  return (
    // The separator is a border inside the fixed height, so items stack at exact line multiples.
    <div
      className={`flex ${WALL_LINE_CLASS} items-center gap-[0.75em] border-t-2 border-zinc-950 pr-[0.75em]`}
    >
      <span
        className={`w-[7em] shrink-0 text-[1.05em] font-bold tracking-wide uppercase ${SEVERITY_TEXT[problem.severity]}`}
      >
        {label}
      </span>
      {/* The account shows only when it fits whole beside the title: otherwise it wraps onto a
          second row that the fixed height hides. The title is what matters. */}
      <div className="flex h-full min-w-0 flex-1 flex-wrap content-start overflow-hidden">
        <span className="flex h-full max-w-full min-w-0 items-center">
          <span className="min-w-0 truncate text-[1.6em] font-semibold text-zinc-50">
            {problem.title}
          </span>
        </span>
        {problem.accountName !== undefined && (
          <span className="ml-auto flex h-full items-center pl-[1em]">
            <span className="text-[1.1em] whitespace-nowrap text-zinc-300">
              {problem.accountName}
            </span>
          </span>
        )}
      </div>
      <span className="shrink-0 text-[1.15em] whitespace-nowrap text-zinc-400 tabular-nums">
        since {formatSince(problem.openedAt, now)}
      </span>
    </div>
  )
}

function AlertItem({ alert, now }: { alert: WallAlert; now: Instant }) {
  return (
    <li className={`border-l-[0.35em] pl-[0.75em] ${SEVERITY_STRIPE[alert.severity]}`}>
      <ProblemLine problem={alert} label={SEVERITY_WORD[alert.severity]} now={now} />
    </li>
  )
}

function IncidentItem({
  incident,
  capacity,
  now,
}: {
  incident: WallIncident
  capacity: number
  now: Instant
}) {
  const roomForNames = Math.max(1, capacity - 1) * DEVICES_PER_LINE
  const names = incident.deviceNames
  const shortened = names.length > roomForNames
  const shown = shortened ? names.slice(0, roomForNames - 1) : names
  return (
    <li className={`border-l-[0.35em] pl-[0.75em] ${SEVERITY_STRIPE[incident.severity]}`}>
      <ProblemLine
        problem={incident}
        label={incident.cause === 'hub' ? 'Hub down' : 'Account down'}
        now={now}
      />
      {names.length > 0 && (
        <ul aria-label="Devices affected" className="grid grid-cols-3 pl-[7.75em]">
          {shown.map((name, index) => (
            // Two devices may share a name; the position keeps the keys apart.
            <li key={`${index}:${name}`} className={`flex ${WALL_LINE_CLASS} items-center`}>
              <span className="truncate text-[1.35em] text-zinc-200">
                <span aria-hidden="true" className="text-zinc-500">
                  •{' '}
                </span>
                {name}
              </span>
            </li>
          ))}
          {shortened && (
            <li className={`flex ${WALL_LINE_CLASS} items-center`}>
              <span className="text-[1.35em] text-zinc-400">
                +{names.length - shown.length} more
              </span>
            </li>
          )}
        </ul>
      )}
    </li>
  )
}
