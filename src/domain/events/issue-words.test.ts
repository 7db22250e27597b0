import { describe, expect, it } from 'vitest'
import { z } from 'zod/v4'
import { describeIssues, previewValue } from './issue-words'

describe('describeIssues', () => {
  const schema = z.object({
    a: z.string(),
    b: z.number(),
    c: z.enum(['x', 'y']),
    d: z.string().min(1),
    e: z.number().max(3),
  })

  it('words each kind of problem and caps the list at three', () => {
    const input = { b: 'no', c: 'z', d: '', e: 9 }
    const result = schema.safeParse(input)
    expect(result.success).toBe(false)
    expect(describeIssues(result.error!.issues, input)).toBe(
      'a is missing; b must be a number, got "no"; c "z" is not one of x, y; and 2 more problems',
    )
  })

  it('names the subject when the whole value is wrong', () => {
    const result = schema.safeParse(null)
    expect(describeIssues(result.error!.issues, null, 'device')).toBe(
      'device must be an object, got null',
    )
  })
})

describe('previewValue', () => {
  it('keeps previews short whatever the value', () => {
    expect(previewValue('x'.repeat(10_000))).toHaveLength(43)
    expect(previewValue([1, 2])).toBe('an array of 2')
    expect(previewValue({ a: 1 })).toBe('an object')
    expect(previewValue(undefined)).toBe('nothing')
    expect(previewValue(true)).toBe('true')
  })
})
