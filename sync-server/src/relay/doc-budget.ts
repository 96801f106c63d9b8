// The memory budget of the loaded documents. Each loaded document is charged an estimate
// of its heap: the bytes it was loaded from plus the updates applied since, times
// HEAP_PER_ENCODED_BYTE (measured: 154 demo documents with 15,257 members, 5.8 MiB
// encoded, took 86 MiB of heap once loaded — 15×). A document with subscribers is in use
// and never chosen; one without is idle, and idle documents leave least recently used
// first whenever the total is over the budget. So a burst of opens (a committee's report
// reading every document of a region) costs at most the budget, not every document read
// until its idle timer ends.

/** Heap bytes of a loaded Y.Doc per byte of its encoded state (see above). */
export const HEAP_PER_ENCODED_BYTE = 15;

export class DocBudget {
  readonly #limit: number;
  readonly #bytes = new Map<string, number>();
  /** Idle documents, least recently used first (Map keeps insertion order). */
  readonly #idle = new Set<string>();
  #total = 0;

  /** `limit`: estimated heap bytes the loaded documents may take together. */
  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Estimated heap bytes of every loaded document. */
  get total(): number {
    return this.#total;
  }

  get limit(): number {
    return this.#limit;
  }

  /** A document was loaded from `encodedBytes` of stored state (or grew by them). */
  charge(name: string, encodedBytes: number): void {
    const bytes = encodedBytes * HEAP_PER_ENCODED_BYTE;
    this.#bytes.set(name, (this.#bytes.get(name) ?? 0) + bytes);
    this.#total += bytes;
  }

  /** The document left memory (unloaded or evicted). */
  release(name: string): void {
    this.#total -= this.#bytes.get(name) ?? 0;
    this.#bytes.delete(name);
    this.#idle.delete(name);
  }

  /** The document's last subscriber left: it becomes the most recently used idle one. */
  idle(name: string): void {
    this.#idle.delete(name);
    if (this.#bytes.has(name)) this.#idle.add(name);
  }

  /** A subscriber joined: in use, never chosen. */
  busy(name: string): void {
    this.#idle.delete(name);
  }

  /**
   * Idle documents to unload, least recently used first, until the rest fits the budget
   * (released here: the caller unloads each). Documents in use are never chosen, so the
   * total may stay over the budget while they are.
   */
  overflow(): string[] {
    const out: string[] = [];
    for (const name of this.#idle) {
      if (this.#total <= this.#limit) break;
      out.push(name);
      this.#total -= this.#bytes.get(name) ?? 0;
      this.#bytes.delete(name);
    }
    for (const name of out) this.#idle.delete(name);
    return out;
  }
}
