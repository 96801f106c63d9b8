// One document on the multiplexed socket: the y-protocols sync handshake, updates,
// awareness and the count of unacknowledged local changes. It knows nothing about the
// socket: it sends through `send`, and the provider tells it when the socket opens/closes.
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import {
  MSG_ACK,
  MSG_AWARENESS,
  MSG_DENIED,
  MSG_QUERY_AWARENESS,
  MSG_SYNC,
  decodeDenied,
  encodeMuxFrame,
  encodeUnsubscribe,
} from '@profgrid/core';
import { PendingCounter } from './pending-counter.ts';

export interface ChannelHooks {
  /** Sends a framed message if the socket is open; false otherwise. */
  send(frame: Uint8Array): boolean;
  /** Whether `send` would succeed now. */
  canSend(): boolean;
  /** The pending count changed. */
  changed(): void;
}

/** Origins whose updates are not local edits (already stored or from the server). */
export type ForeignOrigins = ReadonlySet<unknown>;

export class DocChannel {
  readonly docName: string;
  readonly ydoc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly counter = new PendingCounter();
  /** True once the persisted pending count is restored: only then may we subscribe. */
  ready = false;
  /** True once our step 2 is out: local updates can be sent as they happen. */
  handshakeDone = false;
  /** True once the server's step 2 has been applied. */
  synced = false;
  denied: { code: string; reason: string } | null = null;
  readonly #hooks: ChannelHooks;
  readonly #foreign: ForeignOrigins;
  #onSynced: (() => void)[] = [];
  #onDenied: ((denied: { code: string; reason: string }) => void)[] = [];

  constructor(docName: string, ydoc: Y.Doc, hooks: ChannelHooks, foreign: ForeignOrigins) {
    this.docName = docName;
    this.ydoc = ydoc;
    this.#hooks = hooks;
    this.#foreign = foreign;
    this.awareness = new awarenessProtocol.Awareness(ydoc);
    ydoc.on('update', this.#onDocUpdate);
    this.awareness.on('update', this.#onAwarenessUpdate);
  }

  get pending(): number {
    return this.counter.total;
  }

  /** Calls `fn` if (or once) the relay refuses this document. */
  whenDenied(fn: (denied: { code: string; reason: string }) => void): void {
    if (this.denied) fn(this.denied);
    else this.#onDenied.push(fn);
  }

  whenSynced(fn: () => void): void {
    if (this.synced) fn();
    else this.#onSynced.push(fn);
  }

  #send(build: (e: encoding.Encoder) => void): boolean {
    const encoder = encoding.createEncoder();
    build(encoder);
    return this.#hooks.send(encodeMuxFrame(this.docName, encoding.toUint8Array(encoder)));
  }

  /**
   * The socket is open: subscribe by sending our step 1 and our awareness. A refused
   * document stays left; a read-only one is subscribed again (the relay keeps a viewer
   * subscribed: updates and presence flow, only its changes are refused).
   */
  opened(): void {
    if (this.denied && this.denied.code !== 'read-only') return;
    this.#send((e) => {
      encoding.writeVarUint(e, MSG_SYNC);
      syncProtocol.writeSyncStep1(e, this.ydoc);
    });
    if (this.awareness.getLocalState() !== null) this.#sendAwareness([this.ydoc.clientID]);
  }

  closed(): void {
    this.handshakeDone = false;
    this.counter.disconnected();
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.ydoc.clientID);
    awarenessProtocol.removeAwarenessStates(this.awareness, others, this);
    this.#hooks.changed();
  }

  receive(messageType: number, message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    decoding.readVarUint(decoder);
    switch (messageType) {
      case MSG_SYNC: {
        const reply = encoding.createEncoder();
        encoding.writeVarUint(reply, MSG_SYNC);
        const kind = syncProtocol.readSyncMessage(decoder, reply, this.ydoc, this);
        if (kind === syncProtocol.messageYjsSyncStep1 && this.#hooks.canSend()) {
          // Count before sending: the ack may arrive re-entrantly.
          this.counter.sentStep2();
          this.handshakeDone = true;
          this.#hooks.send(encodeMuxFrame(this.docName, encoding.toUint8Array(reply)));
          this.#hooks.changed();
        } else if (kind === syncProtocol.messageYjsSyncStep2 && !this.synced) {
          this.synced = true;
          for (const fn of this.#onSynced.splice(0)) fn();
        }
        break;
      }
      case MSG_AWARENESS:
        awarenessProtocol.applyAwarenessUpdate(
          this.awareness,
          decoding.readVarUint8Array(decoder),
          this,
        );
        break;
      case MSG_QUERY_AWARENESS:
        this.#sendAwareness([...this.awareness.getStates().keys()]);
        break;
      case MSG_ACK:
        this.counter.ack();
        this.#hooks.changed();
        break;
      case MSG_DENIED:
        this.denied = decodeDenied(message) ?? { code: 'unknown', reason: '' };
        for (const fn of this.#onDenied.splice(0)) fn(this.denied);
        this.#hooks.changed();
        break;
    }
  }

  readonly #onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this || this.#foreign.has(origin)) return;
    if (this.handshakeDone && this.#hooks.canSend()) {
      this.counter.localSent();
      this.#send((e) => {
        encoding.writeVarUint(e, MSG_SYNC);
        syncProtocol.writeUpdate(e, update);
      });
    } else this.counter.localUnsent();
    this.#hooks.changed();
  };

  readonly #onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin === this) return;
    this.#sendAwareness([...added, ...updated, ...removed]);
  };

  #sendAwareness(clients: number[]): void {
    if (clients.length === 0) return;
    this.#send((e) => {
      encoding.writeVarUint(e, MSG_AWARENESS);
      encoding.writeVarUint8Array(
        e,
        awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients),
      );
    });
  }

  /** Leaves the document: tells the server, drops listeners. Pending changes stay counted. */
  destroy(): void {
    awarenessProtocol.removeAwarenessStates(this.awareness, [this.ydoc.clientID], 'local');
    this.#hooks.send(encodeUnsubscribe(this.docName));
    this.ydoc.off('update', this.#onDocUpdate);
    this.awareness.off('update', this.#onAwarenessUpdate);
    this.awareness.destroy();
  }
}
