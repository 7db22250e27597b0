// The fleet view's state in the URL: search, account and status filters, sort, hidden columns, grouping.
import { useCallback, useMemo } from 'react'
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
  const [query] = useSearchParam('q')
  const [accountKey, setAccountKey] = useSearchParam('account')
  const [statusParam, setStatus] = useSearchParam('status')
  const [sortParam, setSortParam] = useSearchParam('sort')
  const [hideParam, setHideParam] = useSearchParam('hide')
  const [groupParam, setGroupParam] = useSearchParam('group')
  const [accountsParam, setAccountsParam] = useSearchParam('accounts')
  const [, setParams] = useSearchParams()

  // Written with flushSync: React Router otherwise applies a navigation as a transition, which
  // may paint a keystroke's result a few frames late. Typing must repaint at once.
  const setQuery = useCallback(
    (next: string) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current)
          if (next === '') updated.delete('q')
          else updated.set('q', next)
          return updated
        },
        { replace: true, flushSync: true },
      ),
    [setParams],
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
  const clearFilters = useCallback(
    () =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          for (const key of ['q', 'account', 'status']) next.delete(key)
          return next
        },
        { replace: true },
      ),
    [setParams],
  )
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
