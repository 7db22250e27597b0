// "Columns": which columns of the device table are shown (kept in the URL).
import { COLUMN_LABELS } from './fleet-columns'
import { HIDEABLE_COLUMN_IDS, type FleetColumnId } from './fleet-url-state'

export function ColumnMenu({
  hidden,
  forcedHidden,
  onChange,
}: {
  hidden: readonly FleetColumnId[]
  /** Hidden by the layout, not by choice (the account column while grouped by account). */
  forcedHidden: readonly FleetColumnId[]
  onChange: (hidden: FleetColumnId[]) => void
}) {
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium select-none hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800">
        Columns{hidden.length > 0 ? ` (${hidden.length} hidden)` : ''}
      </summary>
      <fieldset className="absolute right-0 z-20 mt-1 flex w-56 flex-col gap-1 rounded-md border border-zinc-200 bg-white p-3 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
        <legend className="sr-only">Visible columns</legend>
        {HIDEABLE_COLUMN_IDS.map((id) => {
          const forced = forcedHidden.includes(id)
          return (
            <label key={id} className="flex items-center gap-2 py-0.5">
              <input
                type="checkbox"
                checked={!hidden.includes(id) && !forced}
                disabled={forced}
                onChange={(event) =>
                  onChange(event.target.checked ? hidden.filter((h) => h !== id) : [...hidden, id])
                }
                className="size-4 accent-indigo-600"
              />
              {COLUMN_LABELS[id]}
              {forced && <span className="text-xs text-zinc-500"> (grouped)</span>}
            </label>
          )
        })}
      </fieldset>
    </details>
  )
}
