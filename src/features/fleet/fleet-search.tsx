// The "Filter devices" search box: answers each keystroke at once and keeps the text in the URL.
import { useEffect, useRef } from 'react'

export function FleetSearch({
  value,
  onChange,
}: {
  value: string
  onChange: (next: string) => void
}) {
  const ref = useRef<HTMLInputElement>(null)
  // Uncontrolled while typing: URL updates land a moment after each keystroke, and adopting an
  // older one would eat the characters typed since. A change from elsewhere (back button, "Clear
  // filters", a pasted link) is taken over when the box is not being typed in.
  useEffect(() => {
    const input = ref.current
    if (input !== null && document.activeElement !== input && input.value !== value) {
      input.value = value
    }
  }, [value])
  return (
    <input
      ref={ref}
      type="search"
      aria-label="Filter devices"
      placeholder="Filter by name, kind, brand, account, property…"
      defaultValue={value}
      onChange={(event) => onChange(event.target.value)}
      className="w-full min-w-0 rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm placeholder:text-zinc-400 focus-visible:outline-2 focus-visible:outline-indigo-500 sm:w-80 dark:border-zinc-700 dark:bg-zinc-900 dark:placeholder:text-zinc-500"
    />
  )
}
