// Counts a document's local changes the server has not yet acknowledged.
// The relay acks every data message (sync step 2 or update) of a document, in order, after
// storing it durably. So we keep a FIFO of in-flight messages, each with the number of
// local changes it carries, plus the changes not sent at all (made offline or before the
// handshake). Our sync step 2 carries every unsent change; an ack pops the oldest entry.
// On disconnect, in-flight messages lose their acks: they count as unsent again, and the
// step 2 after reconnecting carries them (Yjs updates are idempotent).
export class PendingCounter {
  #unsent = 0;
  #inflight: number[] = [];

  constructor(restored = 0) {
    this.#unsent = Math.max(0, restored);
  }

  get total(): number {
    let sum = this.#unsent;
    for (const n of this.#inflight) sum += n;
    return sum;
  }

  /** Changes restored from storage (a previous session's unacknowledged ones). */
  restore(n: number): void {
    if (n > 0) this.#unsent += n;
  }

  /** A local change that was not sent (offline, or handshake not done). */
  localUnsent(): void {
    this.#unsent++;
  }

  /** A local change sent right away as an update message. */
  localSent(): void {
    this.#inflight.push(1);
  }

  /** Our sync step 2 went out: it carries every unsent change. */
  sentStep2(): void {
    this.#inflight.push(this.#unsent);
    this.#unsent = 0;
  }

  /** The server acknowledged the oldest in-flight data message. */
  ack(): void {
    this.#inflight.shift();
  }

  /** The socket closed: acks of in-flight messages will never come. */
  disconnected(): void {
    for (const n of this.#inflight) this.#unsent += n;
    this.#inflight = [];
  }
}
