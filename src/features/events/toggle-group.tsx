// A labelled row of on/off buttons for a filter that takes several values (categories, severities).

export function ToggleGroup<T extends string>({
  label,
  options,
  labels,
  selected,
  onChange,
}: {
  label: string
  options: readonly T[]
  labels: Readonly<Record<T, string>>
  selected: readonly T[]
  onChange: (next: T[]) => void
}) {
  const id = `toggle-${label.toLowerCase().replaceAll(' ', '-')}`
  return (
    <div role="group" aria-labelledby={id} className="flex flex-wrap items-center gap-1.5">
      <span id={id} className="mr-1 w-16 text-xs font-medium text-zinc-600 dark:text-zinc-400">
        {label}
      </span>
      {options.map((option) => {
        const on = selected.includes(option)
        return (
          <button
            key={option}
            type="button"
            aria-pressed={on}
            onClick={() =>
              onChange(on ? selected.filter((item) => item !== option) : [...selected, option])
            }
            className={
              on
                ? 'rounded-full bg-indigo-600 px-2.5 py-1 text-xs font-medium text-white ring-1 ring-indigo-600 hover:bg-indigo-500 dark:bg-indigo-500 dark:ring-indigo-400'
                : 'rounded-full bg-white px-2.5 py-1 text-xs font-medium text-zinc-700 ring-1 ring-zinc-300 hover:bg-zinc-100 dark:bg-zinc-900 dark:text-zinc-300 dark:ring-zinc-700 dark:hover:bg-zinc-800'
            }
          >
            {labels[option]}
          </button>
        )
      })}
    </div>
  )
}
