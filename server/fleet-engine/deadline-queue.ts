// The next moment each subject's verdict may change, kept in a min-heap so only the earliest is timed.
interface Entry {
  readonly at: number
  readonly key: string
}

/**
 * One deadline per key; setting a key again replaces its deadline. Replaced entries stay in the
 * heap and are skipped when they surface (lazy deletion), so every operation is O(log n).
 */
export class DeadlineQueue {
  readonly #heap: Entry[] = []
  readonly #current = new Map<string, number>()

  get size(): number {
    return this.#current.size
  }

  set(key: string, at: number | undefined): void {
    if (at === undefined) {
      this.#current.delete(key)
      return
    }
    if (this.#current.get(key) === at) return
    this.#current.set(key, at)
    this.#push({ at, key })
    // Stale entries would pile up for subjects re-judged often: rebuild when they dominate.
    if (this.#heap.length > 4 * this.#current.size + 64) this.#rebuild()
  }

  /** The earliest deadline, if any. */
  peek(): number | undefined {
    this.#dropStale()
    return this.#heap[0]?.at
  }

  /** Removes and returns every key due at or before `now`. */
  takeDue(now: number): string[] {
    const due: string[] = []
    for (;;) {
      this.#dropStale()
      const top = this.#heap[0]
      if (top === undefined || top.at > now) return due
      this.#pop()
      this.#current.delete(top.key)
      due.push(top.key)
    }
  }

  #dropStale(): void {
    for (;;) {
      const top = this.#heap[0]
      if (top === undefined || this.#current.get(top.key) === top.at) return
      this.#pop()
    }
  }

  #rebuild(): void {
    this.#heap.length = 0
    for (const [key, at] of this.#current) this.#push({ at, key })
  }

  #push(entry: Entry): void {
    const heap = this.#heap
    heap.push(entry)
    let index = heap.length - 1
    while (index > 0) {
      const parent = (index - 1) >> 1
      if (heap[parent]!.at <= entry.at) break
      heap[index] = heap[parent]!
      index = parent
    }
    heap[index] = entry
  }

  #pop(): void {
    const heap = this.#heap
    const last = heap.pop()
    if (last === undefined || heap.length === 0) return
    let index = 0
    for (;;) {
      const left = 2 * index + 1
      if (left >= heap.length) break
      const right = left + 1
      const child = right < heap.length && heap[right]!.at < heap[left]!.at ? right : left
      if (heap[child]!.at >= last.at) break
      heap[index] = heap[child]!
      index = child
    }
    heap[index] = last
  }
}
