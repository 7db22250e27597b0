// A full-width notice for something the user must know about the data (unreachable proxy, Seam down).
import type { ReactNode } from 'react'

const TONE_CLASSES = {
  warning:
    'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-500/40 dark:bg-amber-500/10 dark:text-amber-100',
  critical:
    'border-red-300 bg-red-50 text-red-950 dark:border-red-500/40 dark:bg-red-500/10 dark:text-red-100',
} as const

export function ProblemBanner({
  tone,
  title,
  children,
}: {
  tone: keyof typeof TONE_CLASSES
  title: string
  children?: ReactNode
}) {
  return (
    <div role="alert" className={`rounded-lg border px-4 py-3 text-sm ${TONE_CLASSES[tone]}`}>
      <p className="font-semibold">{title}</p>
      {children !== undefined && <div className="mt-1 leading-relaxed">{children}</div>}
    </div>
  )
}
