// How long to wait before the next poll after a run of failures: exponential, capped, jittered.

export interface BackoffInput {
  intervalMs: number
  consecutiveFailures: number
  /** What the upstream asked for (Retry-After), if anything. */
  retryAfterMs: number | undefined
  /** A number in [0, 1), injected so tests are deterministic. */
  random: number
  maxDelayMs?: number
}

export function nextPollDelay(input: BackoffInput): number {
  const { intervalMs, consecutiveFailures, retryAfterMs, random } = input
  const maxDelayMs = input.maxDelayMs ?? 60_000
  if (consecutiveFailures <= 0) return intervalMs
  // The first failure retries at the normal pace: one blip should not slow recovery down.
  const exponential = Math.min(intervalMs * 2 ** (consecutiveFailures - 1), maxDelayMs)
  // Full jitter on the upper half spreads replicas that failed together.
  const jittered = Math.max(intervalMs, exponential * (0.5 + random * 0.5))
  return Math.max(jittered, retryAfterMs ?? 0)
}
