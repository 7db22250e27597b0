// How this page gets its changes: "Live" over the server's stream, or "Polling" when it cannot.
import type { LiveView } from '../api/live/use-live-stream'

export function LiveMode({ live }: { live: LiveView }) {
  const words =
    live.mode === 'live'
      ? 'Live'
      : live.mode === 'polling'
        ? `Polling every ${Math.round((live.pollMs || 0) / 1000)} s`
        : 'Connecting…'
  return (
    <p
      className="text-sm whitespace-nowrap text-zinc-500 dark:text-zinc-400"
      data-testid="live-mode"
      data-mode={live.mode}
      title={
        live.problem ??
        (live.mode === 'live'
          ? 'Changes arrive over the live stream as the server stores them.'
          : 'Opening the live stream…')
      }
    >
      {live.mode === 'live' && (
        <span
          aria-hidden="true"
          className="mr-1.5 inline-block size-1.5 rounded-full bg-emerald-500 align-middle"
        />
      )}
      {words}
    </p>
  )
}
