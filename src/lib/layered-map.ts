// An immutable map made as a few changes over a shared base, so a new version costs its changes, not a copy.

const GONE: unique symbol = Symbol('gone')

/**
 * A ReadonlyMap that is `base` with the keys in `top` replaced, added or (GONE) removed. Each
 * `edited` version shares the base of the one before and copies only the small top, so publishing
 * a new map of 5,000 devices after a poll that touched 90 costs 90 entries, not 5,000. When the
 * top grows past a share of the base, the next version starts over from a flat copy.
 *
 * Iteration follows the base's order with new keys after, like a Map that was copied and then
 * edited in place; a removed key that comes back takes a flat copy, so it goes last, as in a Map.
 */
export class LayeredMap<K, V> implements ReadonlyMap<K, V> {
  readonly #base: ReadonlyMap<K, V>
  readonly #top: ReadonlyMap<K, V | typeof GONE>
  readonly size: number

  private constructor(base: ReadonlyMap<K, V>, top: ReadonlyMap<K, V | typeof GONE>, size: number) {
    this.#base = base
    this.#top = top
    this.size = size
  }

  /**
   * `previous` with `edits` applied in order, as a Map would apply them (`undefined` deletes the
   * key, anything else sets it); `previous` is left as it was.
   */
  static edited<K, V>(
    previous: ReadonlyMap<K, V>,
    edits: readonly (readonly [K, V | undefined])[],
  ): ReadonlyMap<K, V> {
    const layered = previous instanceof LayeredMap
    const base: ReadonlyMap<K, V> = layered ? (previous as LayeredMap<K, V>).#base : previous
    const top = new Map<K, V | typeof GONE>(layered ? (previous as LayeredMap<K, V>).#top : [])
    let size = previous.size
    let flatten = false
    for (const [key, value] of edits) {
      const over = top.get(key)
      const present = over === undefined ? base.has(key) : over !== GONE
      if (value === undefined) {
        if (!present) continue
        size--
        if (base.has(key)) top.set(key, GONE)
        else top.delete(key)
      } else {
        // Back after a removal: a Map puts it last, which only a flat copy can say.
        if (over === GONE) flatten = true
        if (!present) size++
        top.set(key, value)
      }
    }
    if (flatten || top.size > Math.max(64, base.size / 8)) {
      const flat = new Map(previous)
      for (const [key, value] of edits) {
        if (value === undefined) flat.delete(key)
        else flat.set(key, value)
      }
      return flat
    }
    return new LayeredMap(base, top, size)
  }

  get(key: K): V | undefined {
    const over = this.#top.get(key)
    if (over === GONE) return undefined
    return over !== undefined ? over : this.#base.get(key)
  }

  has(key: K): boolean {
    const over = this.#top.get(key)
    if (over === GONE) return false
    return over !== undefined || this.#base.has(key)
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.#base) {
      const over = this.#top.get(key)
      if (over === undefined) yield [key, value]
      else if (over !== GONE) yield [key, over]
    }
    for (const [key, value] of this.#top) {
      if (value !== GONE && !this.#base.has(key)) yield [key, value]
    }
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries()
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this)
  }
}
