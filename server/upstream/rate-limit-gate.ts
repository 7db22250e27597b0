// One rate limit for every caller of Seam: when one poller is told to wait (Retry-After), all wait.

/**
 * Remembers until when Seam asked us not to call. Both pollers share one instance: Seam counts
 * their calls against the same API key, so a 429 to either one holds back the other too.
 */
export class RateLimitGate {
  #heldUntil = 0

  /** Seam asked for no calls before `untilMs` (epoch ms). A hold is only ever lengthened. */
  holdUntil(untilMs: number): void {
    if (!Number.isFinite(untilMs)) return
    this.#heldUntil = Math.max(this.#heldUntil, untilMs)
  }

  /** How long to wait from `now` before calling Seam; 0 when calls are allowed. */
  waitMs(now: number): number {
    return Math.max(0, this.#heldUntil - now)
  }
}
