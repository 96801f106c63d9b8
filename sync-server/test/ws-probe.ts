// Probes for the authorization matrix: what one /sync/:doc socket receives (content,
// or the close code), and a raw sync step 1 message.
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { MSG_SYNC } from '@profgrid/core';
import { openSocket } from './relay-harness.ts';

export function step1(doc = new Y.Doc()): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MSG_SYNC);
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
  return encoding.toUint8Array(e);
}

export interface PlainProbe {
  /** The document as received (empty when nothing arrived). */
  readonly doc: Y.Doc;
  /** Close code, or 0 when the socket got its sync step 2 and stayed open. */
  readonly closeCode: number;
}

/** Opens /sync/<docName>, sends step 1, waits for step 2 or a close. */
export async function probePlain(
  syncUrl: string,
  docName: string,
  cookie: string,
): Promise<PlainProbe> {
  const doc = new Y.Doc();
  const ws = await openSocket(`${syncUrl}/${docName}`, { cookie });
  return new Promise((resolve) => {
    ws.on('message', (data: Buffer) => {
      const d = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(d) !== MSG_SYNC) return;
      const sub = decoding.readVarUint(d);
      if (sub === 0) return;
      Y.applyUpdate(doc, decoding.readVarUint8Array(d));
      if (sub === 1) {
        ws.close();
        resolve({ doc, closeCode: 0 });
      }
    });
    ws.once('close', (code) => resolve({ doc, closeCode: code }));
    ws.send(step1());
  });
}
