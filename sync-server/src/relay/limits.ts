// Explicit limits of one relay. Exceeding one closes that socket (or denies that
// document), never the process.

export interface RelayLimits {
  /** Largest websocket message accepted, in bytes (bigger: close 1009). */
  readonly maxMessageBytes: number;
  /** Documents one /mux socket may subscribe to at once (more: MSG_DENIED 'limit'). */
  readonly maxDocsPerSocket: number;
  /** A document's log length that triggers compaction into a snapshot. */
  readonly compactAfterUpdates: number;
  /** Milliseconds a document without subscribers stays in memory. */
  readonly docIdleMs: number;
}

export const DEFAULT_LIMITS: RelayLimits = {
  maxMessageBytes: 2 * 1024 * 1024,
  maxDocsPerSocket: 1000,
  compactAfterUpdates: 200,
  docIdleMs: 30_000,
};
