// protocol/: importable as @profgrid/core/protocol; the names other packages use are also in the
// main entry (core/src/index.ts).
export {
  DENIED_CODES,
  MSG_ACK,
  MSG_AUTH,
  MSG_AWARENESS,
  MSG_DENIED,
  MSG_QUERY_AWARENESS,
  MSG_SYNC,
  MSG_UNSUBSCRIBE,
} from './messages.ts';
export type { DeniedCode } from './messages.ts';
export {
  MAX_DOC_NAME_LENGTH,
  decodeDenied,
  decodeMuxFrame,
  encodeAck,
  encodeDenied,
  encodeMuxFrame,
  encodeUnsubscribe,
} from './mux.ts';
export type { MuxDecodeResult, MuxFrame } from './mux.ts';
