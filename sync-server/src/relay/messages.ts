// Parsing and writing of y-websocket messages (y-protocols sync + awareness). Parsing
// never throws: a malformed message comes back with the close code it deserves —
// 1003 for an unknown message type, 1007 for a known type with a broken payload.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import {
  MSG_AUTH,
  MSG_AWARENESS,
  MSG_QUERY_AWARENESS,
  MSG_SYNC,
  MSG_UNSUBSCRIBE,
} from '@profgrid/core';
import { CLOSE } from './socket-like.ts';

export type RelayMessage =
  | { readonly kind: 'step1'; readonly stateVector: Uint8Array }
  | { readonly kind: 'step2' | 'update'; readonly update: Uint8Array }
  | { readonly kind: 'awareness'; readonly update: Uint8Array }
  | { readonly kind: 'query-awareness' }
  | { readonly kind: 'auth' }
  | { readonly kind: 'unsubscribe' };

export type ParseResult =
  | { readonly ok: true; readonly message: RelayMessage }
  | { readonly ok: false; readonly closeCode: number; readonly reason: string };

export function parseMessage(data: Uint8Array): ParseResult {
  let type: number;
  const decoder = decoding.createDecoder(data);
  try {
    type = decoding.readVarUint(decoder);
  } catch {
    return { ok: false, closeCode: CLOSE.unsupportedData, reason: 'truncated message type' };
  }
  try {
    switch (type) {
      case MSG_SYNC: {
        const sub = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (sub === 0) return ok({ kind: 'step1', stateVector: payload });
        if (sub === 1) return ok({ kind: 'step2', update: payload });
        if (sub === 2) return ok({ kind: 'update', update: payload });
        return {
          ok: false,
          closeCode: CLOSE.unsupportedData,
          reason: `unknown sync sub-type ${sub}`,
        };
      }
      case MSG_AWARENESS:
        return ok({ kind: 'awareness', update: decoding.readVarUint8Array(decoder) });
      case MSG_QUERY_AWARENESS:
        return ok({ kind: 'query-awareness' });
      case MSG_AUTH:
        return ok({ kind: 'auth' });
      case MSG_UNSUBSCRIBE:
        return ok({ kind: 'unsubscribe' });
      default:
        return {
          ok: false,
          closeCode: CLOSE.unsupportedData,
          reason: `unknown message type ${type}`,
        };
    }
  } catch {
    return {
      ok: false,
      closeCode: CLOSE.invalidPayload,
      reason: `truncated payload of type ${type}`,
    };
  }
}

function ok(message: RelayMessage): ParseResult {
  return { ok: true, message };
}

/** Bytes of `n` as a lib0 varuint. */
function varUintLength(n: number): number {
  let length = 1;
  while (n > 0x7f) {
    n = Math.floor(n / 128);
    length++;
  }
  return length;
}

function writeVarUint(target: Uint8Array, at: number, n: number): number {
  while (n > 0x7f) {
    target[at++] = 0x80 | (n & 0x7f);
    n = Math.floor(n / 128);
  }
  target[at++] = n;
  return at;
}

/**
 * `type` [, `sub`], then `payload` as a varuint8array, in one allocation of the exact size
 * (a lib0 encoder would allocate its buffer and then copy it out, for every broadcast).
 */
function framed(type: number, sub: number | null, payload: Uint8Array): Uint8Array {
  const head = varUintLength(type) + (sub === null ? 0 : varUintLength(sub));
  const size = head + varUintLength(payload.length) + payload.length;
  const out = new Uint8Array(size);
  let at = writeVarUint(out, 0, type);
  if (sub !== null) at = writeVarUint(out, at, sub);
  at = writeVarUint(out, at, payload.length);
  out.set(payload, at);
  return out;
}

function syncMessage(sub: number, payload: Uint8Array): Uint8Array {
  return framed(MSG_SYNC, sub, payload);
}

export function step1Message(doc: Y.Doc): Uint8Array {
  return syncMessage(0, Y.encodeStateVector(doc));
}

export function step2Message(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return syncMessage(1, Y.encodeStateAsUpdate(doc, stateVector));
}

export function updateMessage(update: Uint8Array): Uint8Array {
  return syncMessage(2, update);
}

export function awarenessMessage(update: Uint8Array): Uint8Array {
  return framed(MSG_AWARENESS, null, update);
}

/** y-protocols auth message "permission denied" with a reason. */
export function permissionDeniedMessage(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MSG_AUTH);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarString(encoder, reason);
  return encoding.toUint8Array(encoder);
}
