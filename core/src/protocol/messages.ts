// Message types on the wire. 0..3 are y-websocket's own (y-protocols); 100+ are ours and
// appear only on the multiplexed endpoint. See PROTOCOL.md for the byte layout.

/** y-protocols sync message (step 1, step 2, update follow as a sub-type). */
export const MSG_SYNC = 0;
/** y-protocols awareness update. */
export const MSG_AWARENESS = 1;
/** y-protocols auth message (permission denied). */
export const MSG_AUTH = 2;
/** y-websocket "query awareness". */
export const MSG_QUERY_AWARENESS = 3;

/** client -> server: stop relaying this document to me. No payload. */
export const MSG_UNSUBSCRIBE = 100;
/**
 * server -> client: the data message (sync step 2 or update) received for this document
 * before it was durably stored. One ack per data message, in order.
 */
export const MSG_ACK = 101;
/** server -> client: this document is refused; varString code, varString reason. */
export const MSG_DENIED = 102;

export const DENIED_CODES = [
  'forbidden',
  'not-found',
  'read-only',
  'bad-message',
  'limit',
] as const;
export type DeniedCode = (typeof DENIED_CODES)[number];
