// A minimal /mux client for tests: keeps one Y.Doc per subscribed document, answers
// the server's step 1, sends local edits as updates, and counts acks, denials and
// awareness messages, with promises that resolve when a condition holds.
import { EventEmitter } from 'node:events';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { WebSocket } from 'ws';
import {
  MSG_ACK,
  MSG_AWARENESS,
  MSG_DENIED,
  MSG_SYNC,
  decodeDenied,
  decodeMuxFrame,
  encodeMuxFrame,
  encodeUnsubscribe,
} from '@profgrid/core';
import { openSocket } from './relay-harness.ts';
import type { SocketOptions } from './relay-harness.ts';

const REMOTE = Symbol('remote');

export function sync(sub: number, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MSG_SYNC);
  encoding.writeVarUint(e, sub);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

export class MuxClient {
  readonly ws: WebSocket;
  readonly docs = new Map<string, Y.Doc>();
  readonly awareness = new Map<string, awarenessProtocol.Awareness>();
  readonly acks = new Map<string, number>();
  readonly denied: { docName: string; code: string }[] = [];
  readonly synced = new Set<string>();
  readonly #events = new EventEmitter();

  private constructor(ws: WebSocket) {
    this.ws = ws;
    ws.on('message', (data: Buffer) => this.#onMessage(new Uint8Array(data)));
  }

  static async connect(url: string, options: SocketOptions = {}): Promise<MuxClient> {
    return new MuxClient(await openSocket(url, options));
  }

  subscribe(docName: string, doc = new Y.Doc()): Y.Doc {
    this.docs.set(docName, doc);
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState(null);
    this.awareness.set(docName, awareness);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) this.send(docName, sync(2, update));
    });
    this.send(docName, sync(0, Y.encodeStateVector(doc)));
    return doc;
  }

  unsubscribe(docName: string): void {
    this.ws.send(encodeUnsubscribe(docName));
  }

  setAwareness(docName: string, state: Record<string, unknown>): void {
    const awareness = this.awareness.get(docName)!;
    awareness.setLocalState(state);
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, MSG_AWARENESS);
    encoding.writeVarUint8Array(
      e,
      awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]),
    );
    this.send(docName, encoding.toUint8Array(e));
  }

  send(docName: string, message: Uint8Array): void {
    this.ws.send(encodeMuxFrame(docName, message));
  }

  /** Resolves when check() holds, re-checking after every message received. */
  until(check: () => boolean): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve) => {
      const listener = () => {
        if (!check()) return;
        this.#events.off('message', listener);
        resolve();
      };
      this.#events.on('message', listener);
    });
  }

  ackCount(docName: string): number {
    return this.acks.get(docName) ?? 0;
  }

  close(): void {
    this.ws.close();
    for (const a of this.awareness.values()) a.destroy();
  }

  #onMessage(data: Uint8Array): void {
    const decoded = decodeMuxFrame(data);
    if (!decoded.ok) throw new Error(decoded.error);
    const { docName, messageType, message } = decoded.frame;
    const doc = this.docs.get(docName);
    const decoder = decoding.createDecoder(message);
    decoding.readVarUint(decoder);
    if (messageType === MSG_ACK) this.acks.set(docName, this.ackCount(docName) + 1);
    else if (messageType === MSG_DENIED)
      this.denied.push({ docName, code: decodeDenied(message)!.code });
    else if (messageType === MSG_SYNC && doc) {
      const sub = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (sub === 0) this.send(docName, sync(1, Y.encodeStateAsUpdate(doc, payload)));
      else Y.applyUpdate(doc, payload, REMOTE);
      if (sub === 1) this.synced.add(docName);
    } else if (messageType === MSG_AWARENESS) {
      const awareness = this.awareness.get(docName);
      if (awareness)
        awarenessProtocol.applyAwarenessUpdate(
          awareness,
          decoding.readVarUint8Array(decoder),
          REMOTE,
        );
    }
    this.#events.emit('message');
  }
}
