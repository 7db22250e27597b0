// Who acknowledged or snoozed an alert, when, and their note.
import type { Handling } from '../../domain/alerts/alert-lists'
import type { Instant } from '../../domain/events/parsed-event'
import { acknowledgedWords, snoozedWords } from './alert-words'

export function HandlingNotes({ handling, now }: { handling: Handling; now: Instant }) {
  const { acknowledgement, snooze } = handling
  if (acknowledgement === undefined && snooze === undefined) return null
  return (
    <div className="flex flex-col gap-1 text-sm text-zinc-700 dark:text-zinc-300">
      {acknowledgement !== undefined && (
        <p>
          <span className="font-medium">{acknowledgedWords(acknowledgement, now)}</span>
          {acknowledgement.note !== '' && (
            <span className="mt-0.5 block border-l-2 border-zinc-300 pl-2 whitespace-pre-line text-zinc-600 dark:border-zinc-600 dark:text-zinc-400">
              {acknowledgement.note}
            </span>
          )}
        </p>
      )}
      {snooze !== undefined && handling.status === 'snoozed' && (
        <p className="font-medium">{snoozedWords(snooze, now)}</p>
      )}
    </div>
  )
}
