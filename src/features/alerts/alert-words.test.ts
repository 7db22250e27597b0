import { describe, expect, it } from 'vitest'
import { ALERT_RULES } from '../../domain/alerts/alert'
import { RULE_WORDS, acknowledgedWords, ageWords, resolvedWords, snoozedWords } from './alert-words'

const MIN = 60_000
// Noon UTC; the words print clock times in the test machine's zone, so compare against that.
const NOW = Date.parse('2026-03-01T12:00:00Z')
const clock = (at: number) =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    at,
  )

describe('alert words', () => {
  it('names every rule', () => {
    for (const rule of ALERT_RULES) expect(RULE_WORDS[rule]).toMatch(/^[A-Z]/)
  })

  it('says how long an alert has been open, or lasted', () => {
    expect(ageWords(NOW - 25 * MIN, null, NOW)).toBe('open for 25 min')
    expect(ageWords(NOW - 125 * MIN, NOW - 5 * MIN, NOW)).toBe('lasted 2 h')
  })

  it('says who acknowledged or snoozed, when, and why it resolved', () => {
    expect(acknowledgedWords({ alertId: 'a', by: 'Ana', note: '', at: NOW - 10 * MIN }, NOW)).toBe(
      `Acknowledged by Ana at ${clock(NOW - 10 * MIN)}`,
    )
    expect(
      snoozedWords({ alertId: 'a', by: 'Bo', hours: 1, at: NOW, until: NOW + 60 * MIN }, NOW),
    ).toBe(`Snoozed by Bo until ${clock(NOW + 60 * MIN)} (1 h)`)
    expect(resolvedWords(NOW - MIN, 'device came back online', NOW)).toBe(
      `Resolved at ${clock(NOW - MIN)}: device came back online`,
    )
    expect(resolvedWords(NOW - MIN, undefined, NOW)).toBe(`Resolved at ${clock(NOW - MIN)}`)
  })
})
