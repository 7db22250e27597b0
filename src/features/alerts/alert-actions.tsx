// Acknowledge (with a note), snooze for 1 / 8 / 24 h, or undo: the buttons and the small form.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { AlertStateChange } from '../../api/alert-state/apply-alert-state-change'
import { SNOOZE_HOURS, type SnoozeHours } from '../../api/alert-state/get-alert-state'
import type { Handling } from '../../domain/alerts/alert-lists'
import { usePersonName } from './use-person-name'

const BUTTON =
  'rounded-md px-2.5 py-1 text-sm font-medium ring-1 ring-inset ring-zinc-300 bg-white text-zinc-800 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 dark:bg-zinc-800 dark:text-zinc-100 dark:ring-zinc-600 dark:hover:bg-zinc-700'
const PRIMARY =
  'rounded-md px-2.5 py-1 text-sm font-medium bg-indigo-600 text-white hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 dark:bg-indigo-500 dark:hover:bg-indigo-400'
const FIELD =
  'mt-1 block w-full rounded-md border border-zinc-300 bg-white px-2.5 py-1.5 text-sm text-zinc-900 focus:border-indigo-500 focus:outline-2 focus:outline-indigo-500/40 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100'

type Mode = 'none' | 'acknowledge' | 'snooze'

export function AlertActions({
  targetId,
  handling,
  onChange,
}: {
  /** The alert's id, or the incident's for a whole incident. */
  targetId: string
  handling: Handling
  onChange: (change: AlertStateChange) => void
}) {
  const [mode, setMode] = useState<Mode>('none')
  const triggerRef = useRef<HTMLButtonElement>(null)
  const { status, acknowledgement, snooze } = handling
  if (status === 'resolved') return null

  const close = () => {
    setMode('none')
    // Back to where the person was, rather than the top of the page.
    requestAnimationFrame(() => triggerRef.current?.focus())
  }

  return (
    <div className="flex flex-col items-stretch gap-2 sm:items-end">
      {mode === 'none' && (
        <div className="flex flex-wrap gap-2 sm:justify-end">
          {status !== 'acknowledged' && (
            <button
              type="button"
              ref={triggerRef}
              className={PRIMARY}
              onClick={() => setMode('acknowledge')}
            >
              Acknowledge
            </button>
          )}
          {status === 'open' && (
            <button type="button" className={BUTTON} onClick={() => setMode('snooze')}>
              Snooze
            </button>
          )}
          {status === 'snoozed' && snooze !== undefined && (
            <button
              type="button"
              className={BUTTON}
              onClick={() => onChange({ kind: 'unsnooze', alertId: snooze.alertId })}
            >
              End snooze
            </button>
          )}
          {status === 'acknowledged' && acknowledgement !== undefined && (
            <button
              type="button"
              ref={triggerRef}
              className={BUTTON}
              onClick={() => onChange({ kind: 'unacknowledge', alertId: acknowledgement.alertId })}
            >
              Undo acknowledgement
            </button>
          )}
        </div>
      )}
      {mode !== 'none' && (
        <ActionForm
          mode={mode}
          onCancel={close}
          onSubmit={(change) => {
            setMode('none')
            onChange({ ...change, alertId: targetId })
          }}
        />
      )}
    </div>
  )
}

type FormChange =
  | { kind: 'acknowledge'; by: string; note: string }
  | { kind: 'snooze'; by: string; hours: SnoozeHours }

function ActionForm({
  mode,
  onCancel,
  onSubmit,
}: {
  mode: 'acknowledge' | 'snooze'
  onCancel: () => void
  onSubmit: (change: FormChange) => void
}) {
  const [savedName, saveName] = usePersonName()
  const [editingName, setEditingName] = useState(savedName === '')
  const [name, setName] = useState(savedName)
  const [note, setNote] = useState('')
  const firstField = useRef<HTMLInputElement & HTMLTextAreaElement>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const formId = useId()

  useEffect(() => {
    // The first thing to fill in, or the first snooze button when there is nothing to fill in.
    ;(firstField.current ?? formRef.current?.querySelector('button[type=submit]'))?.focus()
  }, [editingName])

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const by = (editingName ? name : savedName).trim()
    if (by === '') return
    if (by !== savedName) saveName(by)
    if (mode === 'acknowledge') {
      onSubmit({ kind: 'acknowledge', by, note: note.trim() })
      return
    }
    const submitter = (event.nativeEvent as SubmitEvent).submitter
    const hours = Number(submitter?.getAttribute('value'))
    if (hours === 1 || hours === 8 || hours === 24) onSubmit({ kind: 'snooze', by, hours })
  }

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      aria-label={mode === 'acknowledge' ? 'Acknowledge' : 'Snooze'}
      className="flex w-full flex-col gap-3 rounded-md bg-zinc-50 p-3 sm:w-96 dark:bg-zinc-800/60"
    >
      {editingName ? (
        <label className="text-sm font-medium" htmlFor={`${formId}-name`}>
          Your name
          <input
            id={`${formId}-name`}
            ref={firstField}
            className={FIELD}
            value={name}
            required
            maxLength={80}
            autoComplete="name"
            onKeyDown={(event) => {
              if (event.key === 'Escape') onCancel()
            }}
            onChange={(event) => setName(event.target.value)}
          />
          <span className="mt-1 block text-xs font-normal text-zinc-500 dark:text-zinc-400">
            Shown to everyone with the acknowledgement; this browser remembers it.
          </span>
        </label>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-300">
          As <strong className="font-semibold text-zinc-900 dark:text-zinc-100">{savedName}</strong>{' '}
          <button
            type="button"
            className="text-indigo-700 underline underline-offset-2 hover:text-indigo-500 dark:text-indigo-300"
            onClick={() => setEditingName(true)}
          >
            Not you?
          </button>
        </p>
      )}
      {mode === 'acknowledge' && (
        <label className="text-sm font-medium" htmlFor={`${formId}-note`}>
          Note <span className="font-normal text-zinc-500 dark:text-zinc-400">(optional)</span>
          <textarea
            id={`${formId}-note`}
            ref={editingName ? undefined : firstField}
            className={FIELD}
            rows={2}
            maxLength={500}
            value={note}
            placeholder="What is being done, by whom"
            onKeyDown={(event) => {
              if (event.key === 'Escape') onCancel()
            }}
            onChange={(event) => setNote(event.target.value)}
          />
        </label>
      )}
      <div className="flex flex-wrap items-center gap-2">
        {mode === 'acknowledge' ? (
          <button type="submit" className={PRIMARY}>
            Save acknowledgement
          </button>
        ) : (
          <>
            <span className="text-sm font-medium">Snooze for</span>
            {SNOOZE_HOURS.map((hours) => (
              <button
                key={hours}
                type="submit"
                value={hours}
                aria-label={`Snooze for ${hours} h`}
                className={PRIMARY}
              >
                {hours} h
              </button>
            ))}
          </>
        )}
        <button type="button" className={BUTTON} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
