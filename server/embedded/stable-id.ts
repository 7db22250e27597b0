// UUID-shaped ids derived from a name, so the portfolio's devices keep their ids across restarts.
import { fnv1a64Hex } from '../../src/domain/events/fnv-hash'

/**
 * The same name always gives the same id, whatever the random seed: a link to a device page
 * shared before a restart still opens that device. Laid out as a UUID version 8 ("custom"), which
 * is what a hash-derived id is.
 */
export function stableUuid(name: string): string {
  const hex = fnv1a64Hex(`doorboard:${name}`) + fnv1a64Hex(`${name}:portfolio`)
  const variant = (8 + (parseInt(hex.charAt(16), 16) % 4)).toString(16)
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `8${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-')
}
