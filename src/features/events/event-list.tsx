// The loaded events as a virtualized list: only the rows in view exist; nearing the end asks for more.
import { useVirtualizer } from '@tanstack/react-virtual'
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react'
import type { ParsedEvent } from '../../domain/events/parsed-event'
import type { NameBook } from '../../domain/events/event-names'
import { EventRow, ROW_GRID } from './event-row'

const ROW_ESTIMATE = 56
const PAGE_ROWS = 10
/** Ask for the next page while this many loaded rows are still below the view. */
const NEAR_END_ROWS = 20
const HEAD = 'text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400'

export interface EventListProps {
  readonly events: readonly ParsedEvent[]
  readonly names: NameBook
  readonly openId: string
  readonly onToggle: (id: string) => void
  /** Changes when the filters do: a new question starts at the top of its answer. */
  readonly filterKey: string
  /** Whether the server holds older events than those loaded. */
  readonly hasMore: boolean
  /** Called when the reader nears the last loaded row and `hasMore`; may be called repeatedly. */
  readonly onNearEnd: () => void
}

export function EventList({
  events,
  names,
  openId,
  onToggle,
  filterKey,
  hasMore,
  onNearEnd,
}: EventListProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const getItemKey = useCallback((index: number) => events[index]?.id ?? index, [events])
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is meant to be used this way
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey,
    overscan: 8,
  })

  // Newer events arrive above: keep the row a reader is looking at where it is, unless they sit at
  // the top, where the list flows like a live feed.
  const anchor = useRef<{ id: string; index: number; delta: number } | null>(null)
  useLayoutEffect(() => {
    anchor.current = null
    if (scrollRef.current) scrollRef.current.scrollTop = 0
  }, [filterKey])
  const recordAnchor = useCallback(() => {
    const element = scrollRef.current
    if (!element) return
    const top = element.scrollTop
    const item = virtualizer.getVirtualItems().find((virtual) => virtual.end > top)
    const event = item === undefined ? undefined : events[item.index]
    anchor.current =
      item === undefined || event === undefined
        ? null
        : { id: event.id, index: item.index, delta: item.start - top }
  }, [virtualizer, events])
  useLayoutEffect(() => {
    const element = scrollRef.current
    const saved = anchor.current
    if (!element || saved === null || element.scrollTop === 0) return
    if (events[saved.index]?.id === saved.id) return
    const index = events.findIndex((event) => event.id === saved.id)
    const start = index < 0 ? undefined : virtualizer.measurementsCache[index]?.start
    if (start === undefined) return
    element.scrollTop = start - saved.delta
    anchor.current = { ...saved, index }
  }, [events, virtualizer])

  // A shared link with an opened event scrolls to it once, when it first appears.
  const scrolledTo = useRef('')
  useEffect(() => {
    if (openId === '' || scrolledTo.current === openId) return
    const index = events.findIndex((event) => event.id === openId)
    if (index < 0) return
    scrolledTo.current = openId
    virtualizer.scrollToIndex(index, { align: 'start' })
  }, [openId, events, virtualizer])

  // Rows outside the rendered window do not exist yet: scroll first, focus once drawn.
  const focusRow = useCallback(
    (index: number, attempts = 3) => {
      virtualizer.scrollToIndex(index, { align: 'auto' })
      requestAnimationFrame(() => {
        const row = scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${index}"]`)
        if (row) row.focus()
        else if (attempts > 1) focusRow(index, attempts - 1)
      })
    },
    [virtualizer],
  )

  const onKeyDown = useCallback(
    (keyEvent: KeyboardEvent<HTMLButtonElement>, index: number) => {
      const last = events.length - 1
      const target = {
        ArrowDown: Math.min(last, index + 1),
        ArrowUp: Math.max(0, index - 1),
        PageDown: Math.min(last, index + PAGE_ROWS),
        PageUp: Math.max(0, index - PAGE_ROWS),
        Home: 0,
        End: last,
      }[keyEvent.key]
      if (target === undefined) return
      keyEvent.preventDefault()
      focusRow(target)
    },
    [events.length, focusRow],
  )

  // One row is a Tab stop (roving tabindex): Tab leaves the list instead of walking every row.
  const [activeIndex, setActiveIndex] = useState(0)
  const items = virtualizer.getVirtualItems()
  const tabbable = items.some((item) => item.index === activeIndex) ? activeIndex : items[0]?.index

  // Scrolling, End or PageDown near the last loaded row fetches the next page before it is reached.
  const lastShown = items.at(-1)?.index ?? -1
  useEffect(() => {
    if (hasMore && lastShown >= events.length - 1 - NEAR_END_ROWS) onNearEnd()
  }, [hasMore, lastShown, events.length, onNearEnd])

  return (
    <div className="overflow-hidden rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div
        aria-hidden="true"
        className={`${ROW_GRID} border-b border-zinc-200 px-4 py-2 dark:border-zinc-800 ${HEAD}`}
      >
        <span className="pl-[1.125rem]">Time</span>
        <span>Severity</span>
        <span>Event</span>
        <span>Device</span>
        <span className="hidden lg:block">Account</span>
      </div>
      <div
        ref={scrollRef}
        role="list"
        aria-label="Events, newest first. Arrow keys move between events, Enter opens one."
        onScroll={recordAnchor}
        className="max-h-[max(68vh,20rem)] overflow-auto overscroll-contain"
      >
        <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const event = events[item.index]!
            return (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                role="listitem"
                // -1: the size is not known while older pages are still on the server.
                aria-setsize={hasMore ? -1 : events.length}
                aria-posinset={item.index + 1}
                className="absolute top-0 left-0 w-full"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <EventRow
                  event={event}
                  index={item.index}
                  names={names}
                  open={event.id === openId}
                  onToggle={onToggle}
                  onKeyDown={onKeyDown}
                  tabbable={item.index === tabbable}
                  onFocus={setActiveIndex}
                />
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
