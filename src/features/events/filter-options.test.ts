import { describe, expect, it } from 'vitest'
import { formatEventJson } from './event-json'
import { namedOptions, typeOptions } from './filter-options'

describe('typeOptions', () => {
  it('offers the documented types of the chosen category, by title', () => {
    const options = typeOptions(['noise'], '')
    expect(options).toEqual([
      {
        value: 'noise_sensor.noise_threshold_triggered',
        label: 'Noise threshold exceeded (noise_sensor.noise_threshold_triggered)',
      },
    ])
  })

  it('adds an undocumented type a link selects, under other', () => {
    const options = typeOptions(['other'], 'device.teleported')
    expect(options.map((option) => option.value)).toEqual(['device.tampered', 'device.teleported'])
    expect(options[1]!.label).toBe('device.teleported (unknown)')
    // A documented type is not offered twice, nor one of another category.
    expect(typeOptions(['other'], 'lock.locked').map((option) => option.value)).toEqual([
      'device.tampered',
    ])
  })

  it('offers all 56 documented types without a category', () => {
    expect(typeOptions([], '')).toHaveLength(56)
  })
})

describe('namedOptions', () => {
  it('sorts names and offers an id only the link names', () => {
    const names = new Map([
      ['d2', 'Back door'],
      ['d1', 'Attic'],
    ])
    expect(namedOptions(names, 'gone')).toEqual([
      { value: 'd1', label: 'Attic' },
      { value: 'd2', label: 'Back door' },
      { value: 'gone', label: 'gone (not in Seam)' },
    ])
    expect(namedOptions(names, 'd1')).toHaveLength(2)
  })
})

describe('formatEventJson', () => {
  it('indents the payload and drops a PIN the proxy should have removed', () => {
    const json = formatEventJson({ event_type: 'access_code.set_on_device', code: '1234', a: 1 })
    expect(json).toBe('{\n  "event_type": "access_code.set_on_device",\n  "a": 1\n}')
  })
})
