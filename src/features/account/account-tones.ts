// The colour of each account state; the state is always said in words too.
import type { Tone } from '../../components/tone'
import type { AccountView } from './account-view-model'

export const ACCOUNT_STATE_TONES: Readonly<Record<AccountView['state'], Tone>> = {
  connected: 'good',
  disconnected: 'critical',
  reauthorization_requested: 'warning',
  deleted: 'neutral',
  unknown: 'neutral',
}

// Whole class strings so Tailwind finds them.
export const ACCOUNT_BAND_CLASSES: Readonly<Record<AccountView['state'], string>> = {
  connected: 'bg-emerald-500 dark:bg-emerald-500/80',
  disconnected: 'bg-red-500 dark:bg-red-500/90',
  reauthorization_requested: 'bg-amber-400 dark:bg-amber-400/80',
  deleted: 'bg-zinc-500',
  unknown: 'bg-zinc-300 dark:bg-zinc-700',
}
