// What the relay needs from a socket, and nothing more, so the relay logic is tested
// without a network and any transport (ws today) only adapts to this.

export interface SocketLike {
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
  // Flow control (backpressure.ts); a socket without it never backs up.
  /** Bytes handed to send() that the client has not taken yet. */
  readonly unsentBytes?: number;
  /** Resolves true once unsentBytes ≤ bytes, false when that took longer than timeoutMs. */
  whenUnsentAtMost?(bytes: number, timeoutMs: number): Promise<boolean>;
  /** Stops reading messages from the client (TCP pushes back), until resumeReading(). */
  pauseReading?(): void;
  resumeReading?(): void;
  /** close(), then drops the connection at once with whatever is still unsent. */
  abort?(code: number, reason: string): void;
}

/** Close codes the relay uses (RFC 6455 §7.4.1 plus application codes 4xxx). */
export const CLOSE = {
  normal: 1000,
  goingAway: 1001,
  unsupportedData: 1003,
  invalidPayload: 1007,
  tooBig: 1009,
  internalError: 1011,
  /** The relay is shutting down for a restart: reconnect (with backoff). */
  serviceRestart: 1012,
  unauthenticated: 4401,
  forbidden: 4403,
  notFound: 4404,
  /** More documents on one /mux socket than RelayLimits.maxDocsPerSocket. */
  tooManyDocs: 4413,
  /** The client does not read what it is sent (RelayLimits.drainTimeoutMs, maxUnsentBytes). */
  notReading: 4408,
  /** More messages than RelayLimits.maxMessagesPerSecond (after the burst). */
  rateLimited: 4429,
} as const;

/** Reasons are limited to 123 bytes by the websocket protocol. */
export function closeReason(text: string): string {
  return text.length > 100 ? text.slice(0, 100) : text;
}

/** Reason of the 1007 close for an update that depends on changes the relay lacks. */
export const MISSING_DEPS_REASON = 'update depends on changes the server does not have';
