// The fleet view's state in the URL: search, account and status filters, sort, hidden columns, grouping.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useSearchParams } from 'react-router'
import { useSearchParam } from '../../lib/use-search-param'
import {
  formatGroupParam,
  formatHiddenParam,
  formatSortParam,
  parseHiddenParam,
  parseSortParam,
  parseStatusParam,
  resolveGroupMode,
  type FleetColumnId,
  type FleetSort,
  type GroupMode,
  type StatusFilter,
} from './fleet-url-state'
import { isPending, shownQuery, typeQuery, type TypedQuery } from './typed-query'

export interface FleetParams {
  readonly query: string
  readonly setQuery: (query: string) => void
  readonly accountKey: string
  readonly setAccountKey: (key: string) => void
  readonly status: StatusFilter | undefined
  readonly setStatus: (status: string) => void
  readonly sort: FleetSort | undefined
  readonly setSort: (sort: FleetSort | undefined) => void
  readonly hidden: readonly FleetColumnId[]
  readonly setHidden: (hidden: readonly FleetColumnId[]) => void
  readonly groupMode: GroupMode
  readonly setGroupMode: (mode: GroupMode) => void
  /** Every account card, not only the first few. */
  readonly allAccounts: boolean
  readonly setAllAccounts: (all: boolean) => void
  /** Everything the filters narrowed, in one URL change. */
  readonly clearFilters: () => void
  /** Flat table showing only one account, in one URL change. */
  readonly showAccountInTable: (accountKey: string) => void
}

export function useFleetParams(deviceCount: number): FleetParams {
  const [urlQuery] = useSearchParam('q')
  const [accountKey, setAccountKey] = useSearchParam('account')
  const [statusParam, setStatus] = useSearchParam('status')
  const [sortParam, setSortParam] = useSearchParam('sort')
  const [hideParam, setHideParam] = useSearchParam('hide')
  const [groupParam, setGroupParam] = useSearchParam('group')
  const [accountsParam, setAccountsParam] = useSearchParam('accounts')
  const [, setParams] = useSearchParams()

  // A keystroke filters from React state at once; the URL follows after that frame is painted.
  // A navigation re-renders the whole page and React Router applies it as a transition, so
  // filtering from the URL alone painted each keystroke's rows several frames late.
  const [typed, setTyped] = useState<TypedQuery | undefined>(undefined)
  if (typed !== undefined && !isPending(typed, urlQuery)) setTyped(undefined)
  const query = shownQuery(typed, urlQuery)
  const queryWrite = useRef<{ value: string; cancel: () => void } | undefined>(undefined)
  const cancelQueryWrite = useCallback(() => {
    queryWrite.current?.cancel()
    queryWrite.current = undefined
  }, [])
  useEffect(() => cancelQueryWrite, [cancelQueryWrite])
  const setQuery = useCallback(
    (next: string) => {
      setTyped((current) => typeQuery(current, urlQuery, next))
      const pending = queryWrite.current
      if (pending !== undefined) {
        pending.value = next
        return
      }
      let timer: number | undefined
      const frame = requestAnimationFrame(() => {
        // A task after the frame: the paint comes first.
        timer = window.setTimeout(() => {
          const value = write.value
          queryWrite.current = undefined
          setParams(
            (current) => {
              const updated = new URLSearchParams(current)
              if (value === '') updated.delete('q')
              else updated.set('q', value)
              return updated
            },
            { replace: true },
          )
        })
      })
      const write = {
        value: next,
        cancel: () => {
          cancelAnimationFrame(frame)
          window.clearTimeout(timer)
        },
      }
      queryWrite.current = write
    },
    [setParams, urlQuery],
  )
  const sort = useMemo(() => parseSortParam(sortParam), [sortParam])
  const hidden = useMemo(() => parseHiddenParam(hideParam), [hideParam])
  const groupMode = resolveGroupMode(groupParam, deviceCount)

  const setSort = useCallback(
    (next: FleetSort | undefined) => setSortParam(formatSortParam(next)),
    [setSortParam],
  )
  const setHidden = useCallback(
    (next: readonly FleetColumnId[]) => setHideParam(formatHiddenParam(next)),
    [setHideParam],
  )
  const setGroupMode = useCallback(
    (mode: GroupMode) => setGroupParam(formatGroupParam(mode, deviceCount)),
    [setGroupParam, deviceCount],
  )
  const setAllAccounts = useCallback(
    (all: boolean) => setAccountsParam(all ? 'all' : ''),
    [setAccountsParam],
  )
  const clearFilters = useCallback(() => {
    cancelQueryWrite()
    setTyped(undefined)
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        for (const key of ['q', 'account', 'status']) next.delete(key)
        return next
      },
      { replace: true },
    )
  }, [setParams, cancelQueryWrite])
  const showAccountInTable = useCallback(
    (key: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          next.set('account', key)
          const group = formatGroupParam('none', deviceCount)
          if (group === '') next.delete('group')
          else next.set('group', group)
          return next
        },
        { replace: true },
      ),
    [setParams, deviceCount],
  )

  return {
    query,
    setQuery,
    accountKey,
    setAccountKey,
    status: parseStatusParam(statusParam),
    setStatus,
    sort,
    setSort,
    hidden,
    setHidden,
    groupMode,
    setGroupMode,
    allAccounts: accountsParam === 'all',
    setAllAccounts,
    clearFilters,
    showAccountInTable,
  }
}
