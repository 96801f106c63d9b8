// A relay stand-in for provider tests: speaks the /mux protocol over a fake socket,
// keeps one Y.Doc per name, acks every data message, and can hold acks back; a read-only
// document answers step 1 and refuses data messages with 'read-only', as the relay does.
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { MSG_SYNC, decodeMuxFrame, encodeAck, encodeDenied, encodeMuxFrame } from '@profgrid/core';

export class FakeSocket {
  readyState = 0;
  binaryType = 'arraybuffer';
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: ArrayBuffer }) => void) | null = null;
  onclose: ((e: { code: number }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly relay: FakeRelay) {}
  send(data: Uint8Array): void {
    this.relay.receive(this, data);
  }
  close(code = 1000): void {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.onclose?.({ code });
  }
  push(frame: Uint8Array): void {
    if (this.readyState !== 1) return;
    const copy = frame.slice();
    this.onmessage?.({ data: copy.buffer });
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.();
  }
}

export class FakeRelay {
  readonly docs = new Map<string, Y.Doc>();
  holdAcks = false;
  readonly denied = new Set<string>();
  readonly readOnly = new Set<string>();
  readonly heldAcks: [FakeSocket, string][] = [];
  sockets: FakeSocket[] = [];

  connect(): FakeSocket {
    const s = new FakeSocket(this);
    this.sockets.push(s);
    return s;
  }

  doc(name: string): Y.Doc {
    let d = this.docs.get(name);
    if (!d) this.docs.set(name, (d = new Y.Doc()));
    return d;
  }

  releaseAcks(): void {
    for (const [s, name] of this.heldAcks.splice(0)) s.push(encodeAck(name));
  }

  receive(socket: FakeSocket, data: Uint8Array): void {
    const decoded = decodeMuxFrame(data);
    if (!decoded.ok || decoded.frame.messageType !== MSG_SYNC) return;
    const { docName, message } = decoded.frame;
    if (this.denied.has(docName))
      return socket.push(encodeDenied(docName, 'not-found', 'no such org'));
    if (this.readOnly.has(docName)) {
      const peek = decoding.createDecoder(message);
      decoding.readVarUint(peek);
      if (decoding.readVarUint(peek) !== syncProtocol.messageYjsSyncStep1)
        return socket.push(encodeDenied(docName, 'read-only', 'read-only access'));
    }
    const doc = this.doc(docName);
    const decoder = decoding.createDecoder(message);
    decoding.readVarUint(decoder);
    const reply = encoding.createEncoder();
    encoding.writeVarUint(reply, MSG_SYNC);
    const kind = syncProtocol.readSyncMessage(decoder, reply, doc, 'relay');
    if (kind === syncProtocol.messageYjsSyncStep1) {
      socket.push(encodeMuxFrame(docName, encoding.toUint8Array(reply)));
      const step1 = encoding.createEncoder();
      encoding.writeVarUint(step1, MSG_SYNC);
      syncProtocol.writeSyncStep1(step1, doc);
      socket.push(encodeMuxFrame(docName, encoding.toUint8Array(step1)));
    } else if (this.holdAcks) this.heldAcks.push([socket, docName]);
    else socket.push(encodeAck(docName));
  }
}
