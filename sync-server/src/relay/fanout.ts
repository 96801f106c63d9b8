// Fan-out between relay instances (REDIS_URL). Contract: best-effort — a message may be
// lost (Redis down, a reconnect), so nothing depends on it: rooms track which seqs they
// hold and catch up from the database when one is missing (cluster/gap-watch.ts).
// Frames: varuint kind, varstring instance id (own messages are ignored), varuint seq
// (updates only), varuint8array payload (a Yjs update or an awareness update).
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export type FanoutMessage =
  | { readonly kind: 'update'; readonly seq: number; readonly payload: Uint8Array }
  | { readonly kind: 'awareness'; readonly payload: Uint8Array };

export interface Fanout {
  /** Starts receiving other instances' messages about `doc`. */
  watch(doc: string, onMessage: (message: FanoutMessage) => void): void;
  unwatch(doc: string): void;
  /** Sends to the other instances; never throws, never waits. */
  publish(doc: string, message: FanoutMessage): void;
  /** Called after the connection came back: messages may have been missed. */
  onReconnect(listener: () => void): void;
  close(): Promise<void>;
}

const KIND_UPDATE = 0;
const KIND_AWARENESS = 1;

export function encodeFanout(instance: string, message: FanoutMessage): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, message.kind === 'update' ? KIND_UPDATE : KIND_AWARENESS);
  encoding.writeVarString(enc, instance);
  if (message.kind === 'update') encoding.writeVarUint(enc, message.seq);
  encoding.writeVarUint8Array(enc, message.payload);
  return encoding.toUint8Array(enc);
}

/** The sender and the message, or null for bytes that are not a fan-out frame. */
export function decodeFanout(
  bytes: Uint8Array,
): { instance: string; message: FanoutMessage } | null {
  try {
    const dec = decoding.createDecoder(bytes);
    const kind = decoding.readVarUint(dec);
    const instance = decoding.readVarString(dec);
    if (kind === KIND_UPDATE) {
      const seq = decoding.readVarUint(dec);
      const payload = decoding.readVarUint8Array(dec);
      return { instance, message: { kind: 'update', seq, payload } };
    }
    if (kind === KIND_AWARENESS) {
      return { instance, message: { kind: 'awareness', payload: decoding.readVarUint8Array(dec) } };
    }
    return null;
  } catch {
    return null;
  }
}
