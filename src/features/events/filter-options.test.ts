import { describe, expect, it } from 'vitest'
import { formatEventJson } from './event-json'
import { namedOptions, typeOptions } from './filter-options'

describe('typeOptions', () => {
  it('offers the documented types of the chosen category, by title', () => {
    const options = typeOptions(['noise'], new Set(), '')
    expect(options).toEqual([
      {
        value: 'noise_sensor.noise_threshold_triggered',
        label: 'Noise threshold exceeded (noise_sensor.noise_threshold_triggered)',
      },
    ])
  })

  it('adds unknown types seen in the stream, and the selected one, under other', () => {
    const options = typeOptions(['other'], new Set(['device.teleported', 'lock.locked', '']), 'x.y')
    expect(options.map((option) => option.value)).toEqual([
      'device.tampered',
      'device.teleported',
      'x.y',
    ])
    expect(options[1]!.label).toBe('device.teleported (unknown)')
  })

  it('offers all 56 documented types without a category', () => {
    expect(typeOptions([], new Set(), '')).toHaveLength(56)
  })
})

describe('namedOptions', () => {
  it('sorts names and offers ids seen only in events', () => {
    const names = new Map([
      ['d2', 'Back door'],
      ['d1', 'Attic'],
    ])
    expect(namedOptions(names, ['d1', 'gone'], '')).toEqual([
      { value: 'd1', label: 'Attic' },
      { value: 'd2', label: 'Back door' },
      { value: 'gone', label: 'gone (not in Seam)' },
    ])
  })
})

describe('formatEventJson', () => {
  it('indents the payload and drops a PIN the proxy should have removed', () => {
    const json = formatEventJson({ event_type: 'access_code.set_on_device', code: '1234', a: 1 })
    expect(json).toBe('{\n  "event_type": "access_code.set_on_device",\n  "a": 1\n}')
  })
})
