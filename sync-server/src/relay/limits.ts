// Explicit limits of one relay. Exceeding one closes that socket with its own close code
// and a reason (core/PROTOCOL.md → Limits), never the process and never another socket.

export interface RelayLimits {
  /** Largest websocket message accepted, in bytes (bigger: close 1009). */
  readonly maxMessageBytes: number;
  /** Documents one /mux socket may subscribe to at once (one more: close 4413). */
  readonly maxDocsPerSocket: number;
  /**
   * Messages one socket may send per second, sustained (token bucket; every frame counts:
   * sync, awareness, unsubscribe). Over it: close 4429.
   */
  readonly maxMessagesPerSecond: number;
  /**
   * Bucket size: messages a socket may send at once. A committee tab reconnecting with
   * `maxDocsPerSocket` documents sends two sync messages per document, so at least twice that.
   */
  readonly messageBurst: number;
  /** Unsent bytes of a socket past which its next request waits (backpressure.ts). */
  readonly pauseAtUnsentBytes: number;
  /** Unsent bytes of a socket past which it is aborted with 4408. */
  readonly maxUnsentBytes: number;
  /** How long a paused socket may take to read what it was sent before it is aborted (4408). */
  readonly drainTimeoutMs: number;
  /** A document's log length that triggers compaction into a snapshot. */
  readonly compactAfterUpdates: number;
  /** Milliseconds a document without subscribers stays in memory. */
  readonly docIdleMs: number;
  /**
   * Estimated heap bytes the loaded documents may take together; past it, documents without
   * subscribers unload least recently used first (relay/doc-budget.ts).
   */
  readonly docMemoryBytes: number;
}

export const DEFAULT_LIMITS: RelayLimits = {
  maxMessageBytes: 2 * 1024 * 1024,
  maxDocsPerSocket: 1000,
  maxMessagesPerSecond: 200,
  messageBurst: 4000,
  pauseAtUnsentBytes: 1024 * 1024,
  maxUnsentBytes: 16 * 1024 * 1024,
  drainTimeoutMs: 15_000,
  compactAfterUpdates: 200,
  docIdleMs: 30_000,
  docMemoryBytes: 256 * 1024 * 1024,
};
