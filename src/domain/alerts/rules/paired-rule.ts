// The shape most rules share: some event types open a problem, others end it, optionally expiring.
import type { KnownEventType } from '../../events/event-types'
import type { ParsedEvent, Severity } from '../../events/parsed-event'
import type { Alert, AlertEnd, AlertRule, AlertSubject } from '../alert'
import { createAlert, worseSeverity } from '../alert'
import type { Episode, EpisodeMark } from '../episodes'
import { collectEpisodes } from '../episodes'
import type { RuleInput } from './rule-input'
import { episodeEnd } from './rule-input'

export interface PairedRuleSpec {
  readonly rule: AlertRule
  /** The event types that open it, each with its severity. */
  readonly opens: Readonly<Partial<Record<KnownEventType, Severity>>>
  /** The event types that end it, each with the words saying why. */
  readonly closes: Readonly<Partial<Record<KnownEventType, string>>>
  /**
   * Separates problems that run side by side on one subject (an access code's id); events with
   * no key are ignored. Defaults to one problem per subject.
   */
  readonly key?: (event: ParsedEvent) => string | undefined
  /** Ends an episode this long after its latest opening event, if nothing closed it. */
  readonly expireAfterMs?: (input: RuleInput) => number
  readonly expiredWhy?: (input: RuleInput) => string
  /** Overrides the severity the opening events give. */
  readonly severity?: (episode: Episode, input: RuleInput) => Severity
  readonly title: (
    subject: AlertSubject,
    episode: Episode,
    end: AlertEnd | undefined,
    input: RuleInput,
  ) => string
}

/** A rule that reads only some event types, so a subject with none of them can skip it. */
export interface PairedRule {
  (input: RuleInput): Alert[]
  /** Every type that opens or ends its episodes; other events leave its result unchanged. */
  readonly eventTypes: readonly string[]
}

const ONE_PROBLEM_MARKS = {
  open: { key: 'subject', role: 'open' },
  close: { key: 'subject', role: 'close' },
} as const satisfies Record<string, EpisodeMark>

/**
 * A rule function from a spec: one alert per episode, severity the gravest of its opening events,
 * repeats folded into the open episode.
 */
export function pairedRule(spec: PairedRuleSpec): PairedRule {
  const keyOf = spec.key
  const opens: ReadonlyMap<string, Severity> = new Map(Object.entries(spec.opens))
  const closes: ReadonlyMap<string, string> = new Map(Object.entries(spec.closes))
  const classify = (event: ParsedEvent): EpisodeMark | undefined => {
    const role = opens.has(event.type) ? 'open' : closes.has(event.type) ? 'close' : undefined
    if (role === undefined) return undefined
    // One problem per subject needs no new mark per event.
    if (keyOf === undefined) return ONE_PROBLEM_MARKS[role]
    const key = keyOf(event)
    return key === undefined ? undefined : { key, role }
  }
  const rule = (input: RuleInput): Alert[] => {
    const episodes = collectEpisodes(input.events, classify, {
      now: input.now,
      expireAfterMs: spec.expireAfterMs?.(input),
    })
    return episodes.map((episode) => {
      const end = episodeEnd(
        episode,
        (closing) => closes.get(closing.type) ?? 'resolved',
        spec.expiredWhy?.(input),
      )
      let severity: Severity = 'info'
      for (const occurrence of episode.occurrences) {
        severity = worseSeverity(severity, opens.get(occurrence.type) ?? 'info')
      }
      return createAlert({
        rule: spec.rule,
        severity: spec.severity?.(episode, input) ?? severity,
        subject: input.subject,
        title: spec.title(input.subject, episode, end, input),
        opening: episode.opening,
        end,
      })
    })
  }
  return Object.assign(rule, { eventTypes: [...opens.keys(), ...closes.keys()] })
}
