// Turns zod's validation issues into one sentence a person can act on.
import type { z } from 'zod/v4'

type Issue = z.core.$ZodIssue

const MAX_ISSUES_SHOWN = 3
const MAX_PREVIEW_CHARS = 40

/**
 * e.g. `battery_level 1.7 is outside 0..1`, `battery_status "meh" is not one of critical, low, good,
 * full`, `access_code_id is missing`. `input` is the value that was validated, read again to show
 * the offending value (zod only reports it when asked, which costs on every parse).
 */
export function describeIssues(
  issues: readonly Issue[],
  input: unknown,
  subject = 'payload',
): string {
  const shown = issues
    .slice(0, MAX_ISSUES_SHOWN)
    .map((issue) => describeIssue(issue, input, subject))
  const hidden = issues.length - shown.length
  if (hidden > 0) shown.push(`and ${hidden} more ${hidden === 1 ? 'problem' : 'problems'}`)
  return shown.join('; ')
}

function describeIssue(issue: Issue, input: unknown, subject: string): string {
  const where = issue.path.length === 0 ? subject : formatPath(issue.path)
  const value = valueAt(input, issue.path)
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `${where} is missing`
      return `${where} must be ${withArticle(issue.expected)}, got ${previewValue(value)}`
    case 'invalid_value':
      return `${where} ${previewValue(value)} is not one of ${issue.values.map(String).join(', ')}`
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return `${where} is empty`
      return `${where} ${previewValue(value)} is below ${String(issue.minimum)}`
    case 'too_big':
      return `${where} ${previewValue(value)} is above ${String(issue.maximum)}`
    case 'custom':
      // Custom checks in our schemas word their message as a predicate: "is outside 0..1".
      return `${where} ${previewValue(value)} ${issue.message}`
    case 'invalid_format':
    case 'not_multiple_of':
    case 'unrecognized_keys':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return `${where}: ${issue.message}`
    default:
      issue satisfies never
      return `${where} is not valid`
  }
}

/** A short, safe rendering of any value for a message: never the whole of a huge payload. */
export function previewValue(value: unknown): string {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'string':
      return JSON.stringify(
        value.length > MAX_PREVIEW_CHARS ? `${value.slice(0, MAX_PREVIEW_CHARS)}…` : value,
      )
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value)
    case 'undefined':
      return 'nothing'
    case 'object':
      return Array.isArray(value) ? `an array of ${value.length}` : 'an object'
    case 'symbol':
    case 'function':
      return `a ${typeof value}`
    default:
      return 'a value'
  }
}

function withArticle(expected: string): string {
  switch (expected) {
    case 'boolean':
      return 'true or false'
    case 'object':
    case 'array':
      return `an ${expected}`
    default:
      return `a ${expected}`
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  let text = ''
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`
    else text += text === '' ? String(key) : `.${String(key)}`
  }
  return text
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}
