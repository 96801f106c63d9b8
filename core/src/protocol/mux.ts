// Framing of the multiplexed endpoint: every websocket binary message is
//   varString(docName) · varUint(messageType) · payload
// where messageType and payload are exactly a y-websocket message, or one of ours
// (messages.ts). Decoding never throws: a malformed frame comes back as an error value,
// so the relay can close that one socket with a reason.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as string from 'lib0/string';
import { MSG_ACK, MSG_DENIED, MSG_UNSUBSCRIBE } from './messages.ts';
import type { DeniedCode } from './messages.ts';

export const MAX_DOC_NAME_LENGTH = 128;

/**
 * Strict UTF-8: a document name with invalid bytes is refused, not patched with U+FFFD.
 * lib0's native decoder throws on them; its fallback decodes them to U+FFFD, which encodes
 * differently, so a round trip shows them.
 */
function strictUtf8(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = string.decodeUtf8(bytes);
  } catch {
    return null;
  }
  const again = string.encodeUtf8(text);
  if (again.length !== bytes.length) return null;
  for (let i = 0; i < bytes.length; i++) if (again[i] !== bytes[i]) return null;
  return text;
}

export interface MuxFrame {
  readonly docName: string;
  readonly messageType: number;
  /** The whole y-websocket message (type included), ready for a per-document handler. */
  readonly message: Uint8Array;
}

export type MuxDecodeResult =
  { readonly ok: true; readonly frame: MuxFrame } | { readonly ok: false; readonly error: string };

/** Prefixes a y-websocket message (type already written) with its document name. */
export function encodeMuxFrame(docName: string, message: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, docName);
  encoding.writeUint8Array(encoder, message);
  return encoding.toUint8Array(encoder);
}

export function decodeMuxFrame(data: Uint8Array): MuxDecodeResult {
  try {
    const decoder = decoding.createDecoder(data);
    const nameBytes = decoding.readVarUint8Array(decoder);
    if (nameBytes.length === 0 || nameBytes.length > 4 * MAX_DOC_NAME_LENGTH) {
      return { ok: false, error: 'bad document name' };
    }
    const docName = strictUtf8(nameBytes);
    if (docName === null) return { ok: false, error: 'document name is not valid UTF-8' };
    if (docName.length > MAX_DOC_NAME_LENGTH) return { ok: false, error: 'bad document name' };
    const message = data.subarray(decoder.pos);
    if (message.length === 0) return { ok: false, error: 'empty message' };
    const messageType = decoding.readVarUint(decoding.createDecoder(message));
    return { ok: true, frame: { docName, messageType, message } };
  } catch {
    return { ok: false, error: 'truncated frame' };
  }
}

function encodeTyped(docName: string, type: number, write?: (e: encoding.Encoder) => void) {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write?.(encoder);
  return encodeMuxFrame(docName, encoding.toUint8Array(encoder));
}

export function encodeUnsubscribe(docName: string): Uint8Array {
  return encodeTyped(docName, MSG_UNSUBSCRIBE);
}

export function encodeAck(docName: string): Uint8Array {
  return encodeTyped(docName, MSG_ACK);
}

export function encodeDenied(docName: string, code: DeniedCode, reason: string): Uint8Array {
  return encodeTyped(docName, MSG_DENIED, (e) => {
    encoding.writeVarString(e, code);
    encoding.writeVarString(e, reason);
  });
}

/** Reads the payload of a MSG_DENIED message (the `message` of a decoded frame). */
export function decodeDenied(message: Uint8Array): { code: string; reason: string } | null {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarUint(decoder);
    return { code: decoding.readVarString(decoder), reason: decoding.readVarString(decoder) };
  } catch {
    return null;
  }
}
