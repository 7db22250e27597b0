// The healthy rest of the fleet: per connected account, how many of its devices are OK.
import type { AccountHealthCount } from './wall-problems'

export function WallAccountCounts({ accounts }: { accounts: readonly AccountHealthCount[] }) {
  return (
    <ul
      aria-label="Devices OK per account"
      className="grid grid-cols-[repeat(auto-fit,minmax(14em,1fr))] gap-[0.75em]"
    >
      {accounts.map((account) => {
        const allOk = account.okCount === account.deviceCount
        return (
          <li
            key={account.accountId ?? 'none'}
            className="flex min-w-0 flex-col justify-between rounded-[0.4em] bg-zinc-900 px-[0.9em] py-[0.6em] ring-1 ring-zinc-800"
          >
            <p className="line-clamp-2 text-[1.05em] leading-snug text-zinc-300">{account.name}</p>
            <p className="mt-[0.15em] text-[1.9em] leading-tight font-semibold tabular-nums">
              <span className={allOk ? 'text-emerald-300' : 'text-zinc-50'}>{account.okCount}</span>
              <span className="text-[0.6em] font-medium text-zinc-400">
                {' '}
                of {account.deviceCount} OK
              </span>
            </p>
          </li>
        )
      })}
    </ul>
  )
}
