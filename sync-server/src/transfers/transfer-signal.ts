// Transfers that changed on this instance, for the live streams (transfer-stream.ts):
// organization ids only.
/** Wakes the streams of organizations whose transfers changed on this instance. */
export class TransferSignal {
  readonly #listeners = new Set<(orgIds: readonly string[]) => void>();

  changed(orgIds: readonly string[]): void {
    for (const fn of this.#listeners) fn(orgIds);
  }

  listen(fn: (orgIds: readonly string[]) => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }
}
