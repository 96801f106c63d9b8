// Counters the relay keeps for GET /metrics: messages received, updates stored, persist
// latency (a histogram of store.append), sockets the relay closed by close code. Plain
// numbers only — no document contents, no user ids.

/** Upper bounds (seconds) of the persist-latency histogram buckets. */
export const PERSIST_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];

export class RelayMetrics {
  messagesReceived = 0;
  updatesStored = 0;
  readonly persistBuckets = PERSIST_BUCKETS.map(() => 0);
  persistCount = 0;
  persistSum = 0;
  /** Close code → sockets the relay closed with it. */
  readonly closes = new Map<number, number>();

  messageReceived(): void {
    this.messagesReceived++;
  }

  /** One update appended to the store, `seconds` after the append started. */
  updateStored(seconds: number): void {
    this.updatesStored++;
    this.persistCount++;
    this.persistSum += seconds;
    PERSIST_BUCKETS.forEach((le, i) => {
      if (seconds <= le) this.persistBuckets[i]!++;
    });
  }

  socketClosed(code: number): void {
    this.closes.set(code, (this.closes.get(code) ?? 0) + 1);
  }
}
