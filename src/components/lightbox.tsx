// A modal viewer for one picture or clip: Esc or the close button closes it, focus stays inside
// while open and goes back to what opened it.
import type { ReactNode } from 'react'
import { useEffect, useRef } from 'react'

export interface LightboxProps {
  /** The dialog's accessible name, e.g. "Doorbell rang at 14:02". */
  readonly label: string
  readonly onClose: () => void
  readonly children: ReactNode
  /** A line under the media (time, what happened). */
  readonly caption?: ReactNode
}

/**
 * Built on the native modal <dialog>: the browser makes the rest of the page inert (so focus is
 * trapped) and turns Esc into a `cancel` event. Rendered only while open; on unmount focus returns
 * to the element that had it before.
 */
export function Lightbox({ label, onClose, children, caption }: LightboxProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const onCloseRef = useRef(onClose)
  useEffect(() => {
    onCloseRef.current = onClose
  }, [onClose])

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog === null) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!dialog.open) dialog.showModal()
    const onCancel = (event: Event) => {
      // The parent decides: it removes the dialog by dropping the URL state.
      event.preventDefault()
      onCloseRef.current()
    }
    dialog.addEventListener('cancel', onCancel)
    return () => {
      dialog.removeEventListener('cancel', onCancel)
      if (dialog.open) dialog.close()
      if (opener?.isConnected === true) opener.focus()
    }
  }, [])

  return (
    // A click on the backdrop lands on the dialog element itself; Esc is handled by `cancel`.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={dialogRef}
      aria-label={label}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose()
      }}
      className="m-auto max-h-[92vh] w-[min(960px,94vw)] overflow-hidden rounded-xl border border-zinc-200 bg-white p-0 text-zinc-900 shadow-2xl backdrop:bg-black/70 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <div className="flex items-center justify-between gap-4 border-b border-zinc-200 px-4 py-2.5 dark:border-zinc-800">
        <h2 className="truncate text-sm font-semibold">{label}</h2>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close"
          className="rounded-md px-2 py-1 text-sm text-zinc-600 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-zinc-300 dark:hover:bg-zinc-800"
        >
          Close <span aria-hidden="true">✕</span>
        </button>
      </div>
      <div className="grid place-items-center bg-black">{children}</div>
      {caption !== undefined && (
        <div className="px-4 py-2.5 text-sm text-zinc-600 dark:text-zinc-300">{caption}</div>
      )}
    </dialog>
  )
}
