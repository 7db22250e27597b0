// The four colours a status can take, and their classes; every state also says itself in words.

export type Tone = 'good' | 'warning' | 'critical' | 'neutral'

// Whole class strings (never built from parts) so Tailwind finds them in the source.
export const PILL_CLASSES: Readonly<Record<Tone, string>> = {
  good: 'bg-emerald-50 text-emerald-800 ring-emerald-600/25 dark:bg-emerald-400/10 dark:text-emerald-300 dark:ring-emerald-400/30',
  warning:
    'bg-amber-50 text-amber-900 ring-amber-600/30 dark:bg-amber-400/10 dark:text-amber-300 dark:ring-amber-400/30',
  critical:
    'bg-red-50 text-red-800 ring-red-600/25 dark:bg-red-400/10 dark:text-red-300 dark:ring-red-400/30',
  neutral:
    'bg-zinc-100 text-zinc-700 ring-zinc-500/20 dark:bg-zinc-400/10 dark:text-zinc-300 dark:ring-zinc-400/25',
}

export const DOT_CLASSES: Readonly<Record<Tone, string>> = {
  good: 'bg-emerald-500',
  warning: 'bg-amber-500',
  critical: 'bg-red-500',
  neutral: 'bg-zinc-400',
}

export const BAR_CLASSES: Readonly<Record<Tone, string>> = {
  good: 'bg-emerald-500',
  warning: 'bg-amber-500',
  critical: 'bg-red-500',
  neutral: 'bg-zinc-400',
}

export const TEXT_CLASSES: Readonly<Record<Tone, string>> = {
  good: 'text-emerald-700 dark:text-emerald-400',
  warning: 'text-amber-700 dark:text-amber-300',
  critical: 'text-red-700 dark:text-red-400',
  neutral: 'text-zinc-500 dark:text-zinc-400',
}
