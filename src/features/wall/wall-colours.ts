// The wall's fixed dark palette per severity: the wall is dark whatever the OS asks for.
import type { Severity } from '../../domain/events/parsed-event'

// Whole class strings (never built from parts) so Tailwind finds them in the source.
export const SEVERITY_TEXT: Readonly<Record<Severity, string>> = {
  critical: 'text-red-400',
  warning: 'text-amber-300',
  info: 'text-sky-300',
}

export const SEVERITY_STRIPE: Readonly<Record<Severity, string>> = {
  critical: 'border-red-500 bg-red-500/10',
  warning: 'border-amber-400 bg-amber-400/5',
  info: 'border-sky-400 bg-sky-400/5',
}

export const SEVERITY_WORD: Readonly<Record<Severity, string>> = {
  critical: 'Critical',
  warning: 'Warning',
  info: 'Info',
}
