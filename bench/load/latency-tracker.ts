// Send → receive latency of Yjs updates across many clients in one process. A sent
// update is stamped per (clientID, clock) of the structs it carries; a received update
// is matched by the same keys, so it does not matter whether the server forwards the
// bytes as sent, re-encodes them or merges several. One delivery per sent update per
// receiver, however many structs it carries (a member added with its fields is one edit).
// Only updates sent while `recording` count, so warm-up and drain are left out of the figures.
import * as Y from 'yjs';

export class LatencyTracker {
  /** (client, clock) → index of the sent update in #sendTimes. */
  readonly #sentAt = new Map<string, number>();
  readonly #sendTimes: number[] = [];
  /** Milliseconds, one per delivery of a recorded update to another client. */
  readonly latencies: number[] = [];
  /** When each of `latencies` was sent (performance.now(), same order). */
  readonly sentTimes: number[] = [];
  recording = false;
  /** Updates sent while recording. */
  sentCount = 0;

  sent(update: Uint8Array): void {
    const now = performance.now();
    if (!this.recording) return;
    const id = this.#sendTimes.push(now) - 1;
    const { from, to } = Y.parseUpdateMeta(update);
    for (const [client, start] of from) {
      const end = to.get(client) ?? start;
      for (let clock = start; clock < end; clock++) this.#sentAt.set(`${client}:${clock}`, id);
    }
    this.sentCount += 1;
  }

  /** An update arrived at the client `receiverId`; its own edits echoed back don't count. */
  received(update: Uint8Array, receiverId: number): void {
    const now = performance.now();
    if (this.#sentAt.size === 0) return;
    const { from, to } = Y.parseUpdateMeta(update);
    const counted = new Set<number>();
    for (const [client, start] of from) {
      if (client === receiverId) continue;
      const end = to.get(client) ?? start;
      for (let clock = start; clock < end; clock++) {
        const id = this.#sentAt.get(`${client}:${clock}`);
        if (id === undefined || counted.has(id)) continue;
        counted.add(id);
        const t0 = this.#sendTimes[id]!;
        this.latencies.push(now - t0);
        this.sentTimes.push(t0);
      }
    }
  }

  /** Forgets send stamps (between runs of a soak, to keep the map bounded). */
  reset(): void {
    this.#sentAt.clear();
    this.#sendTimes.length = 0;
    this.latencies.length = 0;
    this.sentTimes.length = 0;
    this.sentCount = 0;
  }
}
