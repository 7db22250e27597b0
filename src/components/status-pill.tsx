// A coloured pill that always carries its meaning in text too (never colour alone).
import type { ReactNode } from 'react'
import { DOT_CLASSES, PILL_CLASSES, type Tone } from './tone'

export function StatusPill({ tone, children }: { tone: Tone; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${PILL_CLASSES[tone]}`}
    >
      <span aria-hidden="true" className={`size-1.5 shrink-0 rounded-full ${DOT_CLASSES[tone]}`} />
      {children}
    </span>
  )
}
