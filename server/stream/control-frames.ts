// The stream's own messages: `reset` (refetch, then follow from here) and `heartbeat`.
import type { ResetReason } from './change-feed'
import { sseFrame } from './sse-frame'

const RESET_WORDS: Record<ResetReason, string> = {
  no_last_event_id: 'A new stream: fetch your queries, then apply the messages that follow.',
  malformed_id: 'Last-Event-ID is not an id this server sends; refetch your queries.',
  other_process:
    'Last-Event-ID comes from another server process (it restarted); refetch your queries.',
  too_old: 'Last-Event-ID is older than the messages kept for resuming; refetch your queries.',
  unknown_id: 'Last-Event-ID is not one this server has sent yet; refetch your queries.',
  client_too_slow:
    'This client read too slowly and is being disconnected; reconnect and refetch your queries.',
}

/**
 * `id` is the newest message's: a client that reconnects after a reset resumes from there. Always
 * well under 512 bytes (the slow-client bound allows for one).
 */
export function resetFrame(position: string, reason: ResetReason): string {
  return sseFrame({
    id: position,
    event: 'reset',
    data: JSON.stringify({ reason, message: RESET_WORDS[reason] }),
  })
}

/** No id: a heartbeat never moves the client's Last-Event-ID. */
export function heartbeatFrame(now: number): string {
  return sseFrame({
    event: 'heartbeat',
    data: JSON.stringify({ server_time: new Date(now).toISOString() }),
  })
}

export const RESET_FRAME_ALLOWANCE_BYTES = 512
