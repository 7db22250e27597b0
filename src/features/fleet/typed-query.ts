// The search text as typed, ahead of the URL: a keystroke filters at once, the URL follows after the paint.

/** What was typed since the URL last matched the box. */
export interface TypedQuery {
  readonly text: string
  /** The URL's `q` when this run of typing began. */
  readonly base: string
  /** Every text written to the URL during this run, oldest first. */
  readonly written: readonly string[]
}

/**
 * The query the page filters by. The URL lags the box by a frame or so, passing through the texts
 * written on the way; any other URL value (back button, a link) wins over what was typed.
 */
export function shownQuery(typed: TypedQuery | undefined, url: string): string {
  if (typed === undefined || url === typed.text) return url
  return url === typed.base || typed.written.includes(url) ? typed.text : url
}

/** Whether the URL has not yet caught up with what was typed (nor been overtaken by another value). */
export function isPending(typed: TypedQuery | undefined, url: string): typed is TypedQuery {
  return typed !== undefined && url !== typed.text && shownQuery(typed, url) === typed.text
}

/** After a keystroke that makes the box read `text`, with the URL at `url`. */
export function typeQuery(typed: TypedQuery | undefined, url: string, text: string): TypedQuery {
  const pending = isPending(typed, url)
  return pending
    ? { text, base: typed.base, written: [...typed.written, text] }
    : { text, base: url, written: [text] }
}
