// Frames of the two wire dialects the load clients speak. `plain` is byte-for-byte
// y-websocket (one document per socket: our /sync and @y/websocket-server). `hocuspocus`
// is the same y-protocols sync payload with Hocuspocus' envelope: every frame starts with
// the document name, and a socket must send an Auth message (type 2) before the server
// loads the document. Only what the load clients need is here: sync step 1/2, update,
// and recognising those three in incoming frames.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export type Dialect = 'plain' | 'hocuspocus';

const MSG_SYNC = 0;
const HP_AUTH = 2;
const HP_SYNC_REPLY = 4;
const HP_AUTH_TOKEN = 0;
const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;

export type SyncPart =
  | { readonly kind: 'step1'; readonly payload: Uint8Array }
  | { readonly kind: 'step2' | 'update'; readonly payload: Uint8Array };

function envelope(dialect: Dialect, docName: string, type: number): encoding.Encoder {
  const e = encoding.createEncoder();
  if (dialect === 'hocuspocus') encoding.writeVarString(e, docName);
  encoding.writeVarUint(e, type);
  return e;
}

/** A sync message (step 1, step 2 or update) for `docName` in this dialect. */
export function syncFrame(
  dialect: Dialect,
  docName: string,
  part: SyncPart['kind'],
  payload: Uint8Array,
): Uint8Array {
  const e = envelope(dialect, docName, MSG_SYNC);
  encoding.writeVarUint(
    e,
    part === 'step1' ? SYNC_STEP1 : part === 'step2' ? SYNC_STEP2 : SYNC_UPDATE,
  );
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** Hocuspocus' first frame per document: Auth/Token with an (unchecked) token. */
export function hocuspocusAuthFrame(docName: string, token: string): Uint8Array {
  const e = envelope('hocuspocus', docName, HP_AUTH);
  encoding.writeVarUint(e, HP_AUTH_TOKEN);
  encoding.writeVarString(e, token);
  return encoding.toUint8Array(e);
}

/** The sync part of an incoming frame, or null for anything else (awareness, auth, acks). */
export function readSyncPart(dialect: Dialect, frame: Uint8Array): SyncPart | null {
  const d = decoding.createDecoder(frame);
  if (dialect === 'hocuspocus') decoding.readVarString(d);
  const type = decoding.readVarUint(d);
  if (type !== MSG_SYNC && !(dialect === 'hocuspocus' && type === HP_SYNC_REPLY)) return null;
  const sub = decoding.readVarUint(d);
  const payload = decoding.readVarUint8Array(d);
  if (sub === SYNC_STEP1) return { kind: 'step1', payload };
  if (sub === SYNC_STEP2) return { kind: 'step2', payload };
  if (sub === SYNC_UPDATE) return { kind: 'update', payload };
  return null;
}
