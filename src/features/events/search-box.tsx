// The free-text filter: typed freely, written to the URL a moment after typing stops.
import { useEffect, useRef } from 'react'

const SETTLE_MS = 200

export function SearchBox({
  initial,
  onSearch,
}: {
  /** The text when mounted; remount (new key) to show a text changed from outside. */
  initial: string
  onSearch: (text: string) => void
}) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  return (
    <div className="flex min-w-64 flex-1 flex-col gap-1">
      <label
        htmlFor="event-search"
        className="text-xs font-medium text-zinc-600 dark:text-zinc-400"
      >
        Search
      </label>
      <input
        id="event-search"
        type="search"
        defaultValue={initial}
        placeholder="Words, device or account names, ids…"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          const text = event.currentTarget.value
          clearTimeout(timer.current)
          timer.current = setTimeout(() => onSearch(text), SETTLE_MS)
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return
          clearTimeout(timer.current)
          onSearch(event.currentTarget.value)
        }}
        className="h-9 rounded-md border border-zinc-300 bg-white px-3 text-sm text-zinc-900 placeholder:text-zinc-400 focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/30 focus:outline-none dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-500"
      />
    </div>
  )
}
