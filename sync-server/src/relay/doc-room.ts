// One loaded document and its subscribers. Contract:
// - every data message runs through one serial queue per document: apply to the Y.Doc
//   (validated), append to the DocStore, send to the other local subscribers once the
//   store wrote it (its fsync may still run: a killed process keeps what a peer saw), and
//   resolve once it is durable (the caller acks on resolve: in order, none before the
//   fsync). Other instances hear of it after the commit (its seq comes from the commit).
//   Sending before the fsync is what ARCHITECTURE.md («Relay latency yardstick») allows:
//   the sender's replica holds the edit until its ack. Should the commit fail,
//   no peer gets the update, the sender gets no ack and the room is evicted (its sockets
//   closed 1011); should only the fsync fail, a peer that received the update holds it as
//   any CRDT update, and both re-send it in the sync on reconnect, where it is stored;
// - a poisoned room (memory may differ from storage) takes no further update: it answers
//   'store-failed' without applying or sending anything until it is evicted;
// - a message that changed nothing (a duplicate re-sent on reconnect) stores nothing
//   and is still acknowledged;
// - an update that depends on structures the document lacks is refused before it
//   touches the document ('missing-deps', update-deps.ts): nothing pending is stored;
// - awareness: a subscriber may set or remove only the presence of client ids it
//   introduced (at most MAX_PRESENCE_IDS, each one no other subscriber or instance
//   holds); entries for other ids are dropped (awareness-guard.ts). Its clients are
//   removed (and the removal broadcast) when it leaves.
// - shared (several instances, `sharing` given): stored updates and local awareness are
//   published to the other instances; their updates arrive through applyRemote() with
//   their seq. `knownSeq` is the highest seq up to which this room holds every update;
//   catchUp() re-reads the database to close a gap. Compaction then builds its snapshot
//   from the database, never from memory, so it covers every row it deletes.
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { DocStore } from '../store/doc-store.ts';
import type { FanoutMessage } from './fanout.ts';
import { ownAwarenessEntries } from './awareness-guard.ts';
import { missingDependencies } from './update-deps.ts';
import { addChanged, noChange } from './changed-roots.ts';
import type { DocChange } from '@profgrid/core';
import { awarenessMessage, step1Message, step2Message, updateMessage } from './messages.ts';

/** How a shared room tells other instances about its changes. */
export interface RoomSharing {
  publish(message: FanoutMessage): void;
  /** Updates stored by another instance changed this room's document (applied here). */
  changed(doc: Y.Doc, change: DocChange): void;
}

/** Client ids one subscriber may introduce (a Y.Doc has one; it may change it once or twice). */
export const MAX_PRESENCE_IDS = 4;

const ignore = (): void => {}; // the queue's tail drops a failure its caller already saw
/** Origin of awareness changes that came from another instance (never re-published). */
const REMOTE = Symbol('remote');

export interface Subscriber {
  /** Sends one y-websocket message for this document (the transport frames it). */
  send(message: Uint8Array): void;
  /** Ends this subscription's socket (used when the document must be reloaded). */
  close(code: number, reason: string): void;
}

export type DataResult = 'stored' | 'unchanged' | 'bad-update' | 'missing-deps' | 'store-failed';

export class DocRoom {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly #store: DocStore;
  readonly #onPersisted: (seconds: number) => void;
  /** Subscribers → the awareness client ids each controls (null until it sets one). */
  readonly #subs = new Map<Subscriber, Set<number> | null>();
  #tail: Promise<unknown> = Promise.resolve();
  #lastSeq: number;
  #logLength: number;
  readonly #sharing: RoomSharing | null;
  #knownSeq: number;
  /** Seqs above #knownSeq held already (arrived out of order). */
  readonly #heldAhead = new Set<number>();
  /** Set when memory may differ from storage; the manager then drops the room. */
  poisoned = false;
  /** Why the last append failed (logged when the room is evicted). */
  storeError: unknown = null;
  /** No longer the manager's room of this name (evicted or unloading): never joined again. */
  retired = false;
  unloaded = false;
  /**
   * What the document emitted while #capturing: one listener for the room's life and one
   * reused array, rather than a closure, an array and a listener added and removed per update.
   */
  readonly #captured: Uint8Array[] = [];
  /** What those transactions changed (changed-roots.ts). */
  #capturedChange = noChange();
  #capturing = false;
  readonly #capture = (
    update: Uint8Array,
    _origin: unknown,
    _doc: Y.Doc,
    transaction: Y.Transaction,
  ): void => {
    if (!this.#capturing) return;
    this.#captured.push(update);
    addChanged(transaction, this.#capturedChange);
  };

  constructor(
    name: string,
    doc: Y.Doc,
    store: DocStore,
    lastSeq: number,
    logLength: number,
    onPersisted: (seconds: number) => void = () => {},
    sharing: RoomSharing | null = null,
  ) {
    this.#onPersisted = onPersisted;
    this.name = name;
    this.doc = doc;
    this.#store = store;
    this.#lastSeq = lastSeq;
    this.#knownSeq = lastSeq;
    this.#logLength = logLength;
    this.#sharing = sharing;
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.#onAwareness);
    doc.on('update', this.#capture);
  }

  get subscriberCount(): number {
    return this.#subs.size;
  }

  get logLength(): number {
    return this.#logLength;
  }

  /** Every update with a seq up to this one is in memory (shared rooms). */
  get knownSeq(): number {
    return this.#knownSeq;
  }

  subscribers(): IterableIterator<Subscriber> {
    return this.#subs.keys();
  }

  /** Runs task after every earlier task of this document. */
  enqueue<T>(task: () => T | Promise<T>): Promise<T> {
    const run = this.#tail.then(task);
    this.#tail = run.catch(ignore);
    return run;
  }

  join(sub: Subscriber): void {
    if (!this.#subs.has(sub)) this.#subs.set(sub, null);
  }

  leave(sub: Subscriber): void {
    const clients = this.#subs.get(sub);
    if (clients === undefined) return;
    this.#subs.delete(sub);
    if (clients && clients.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, Array.from(clients), null);
    }
  }

  /** Answer to a client's sync step 1: step 2 from durable state, then our step 1. */
  answerStep1(sub: Subscriber, stateVector: Uint8Array, withOwnStep1: boolean): Promise<boolean> {
    return this.enqueue(() => {
      let step2: Uint8Array;
      try {
        step2 = step2Message(this.doc, stateVector);
      } catch {
        return false;
      }
      sub.send(step2);
      if (withOwnStep1) sub.send(step1Message(this.doc));
      return true;
    });
  }

  /**
   * Applies and stores one update from `from`, sends it to the other subscribers once
   * written, and publishes it to other instances once committed (see module contract). When it is
   * stored, `stored.change` says what it changed.
   */
  receiveUpdate(
    from: Subscriber,
    update: Uint8Array,
    stored?: { change?: DocChange },
  ): Promise<DataResult> {
    return this.enqueue(async () => {
      if (this.poisoned) return 'store-failed';
      const applied = this.#apply(update);
      if (applied === 'bad') return 'bad-update';
      if (applied === 'missing') return 'missing-deps';
      if (applied === null) return 'unchanged';
      const change = this.#takeChange();
      if (stored) stored.change = change;
      // To the peers once written, before the fsync (module contract).
      const toPeers = () => {
        const message = updateMessage(applied);
        for (const sub of this.#subs.keys()) if (sub !== from) sub.send(message);
      };
      const started = performance.now();
      try {
        this.#lastSeq = await this.#store.append(this.name, applied, toPeers);
        this.#onPersisted((performance.now() - started) / 1000);
      } catch (err) {
        this.poisoned = true;
        this.storeError = err;
        return 'store-failed';
      }
      this.#logLength++;
      this.#hold(this.#lastSeq);
      this.#sharing?.publish({ kind: 'update', seq: this.#lastSeq, payload: applied });
      return 'stored';
    });
  }

  /** An update another instance stored with `seq`: applied and sent to local subscribers. */
  applyRemote(update: Uint8Array, seq: number): Promise<void> {
    return this.enqueue(() => {
      this.#applyStored([update]);
      this.#hold(seq);
    });
  }

  /** Re-reads the database and applies what memory lacks (after a fan-out gap). */
  catchUp(): Promise<void> {
    return this.enqueue(async () => {
      const stored = await this.#store.load(this.name);
      this.#applyStored(stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates);
      if (stored.lastSeq > this.#knownSeq) this.#knownSeq = stored.lastSeq;
      for (const seq of this.#heldAhead) if (seq <= this.#knownSeq) this.#heldAhead.delete(seq);
      this.#hold(this.#knownSeq);
    });
  }

  receiveRemoteAwareness(update: Uint8Array): void {
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REMOTE);
    } catch {
      // another instance validated it; unreadable here means nothing to show
    }
  }

  /** Writes a snapshot of the current state and drops the log rows it covers. */
  compact(): Promise<void> {
    return this.enqueue(async () => {
      if (this.#logLength === 0 || this.poisoned) return;
      if (this.#sharing) {
        const stored = await this.#store.load(this.name);
        const fromStore = new Y.Doc();
        fromStore.transact(() => {
          if (stored.snapshot) Y.applyUpdate(fromStore, stored.snapshot);
          for (const update of stored.updates) Y.applyUpdate(fromStore, update);
        });
        await this.#store.compact(this.name, Y.encodeStateAsUpdate(fromStore), stored.lastSeq);
        fromStore.destroy();
      } else {
        await this.#store.compact(this.name, Y.encodeStateAsUpdate(this.doc), this.#lastSeq);
      }
      this.#logLength = 0;
    });
  }

  /** Applies the entries of `from`'s own clients; false when the update is malformed. */
  receiveAwareness(from: Subscriber, update: Uint8Array): boolean {
    const own = ownAwarenessEntries(update, (clientId) => this.#mayUsePresence(from, clientId));
    if (own === 'bad') return false;
    if (own === null) return true;
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, own, from);
      return true;
    } catch {
      return false;
    }
  }

  /** `from` introduced this id, or may introduce it: nobody here or elsewhere holds it. */
  #mayUsePresence(from: Subscriber, clientId: number): boolean {
    const own = this.#subs.get(from);
    if (own === undefined) return false;
    if (own?.has(clientId)) return true;
    if (own && own.size >= MAX_PRESENCE_IDS) return false;
    for (const [sub, ids] of this.#subs) if (sub !== from && ids?.has(clientId)) return false;
    // present but held by no subscriber here: another instance's client
    return !this.awareness.getStates().has(clientId);
  }

  /** All current awareness states as one message, or null when there are none. */
  awarenessSnapshot(): Uint8Array | null {
    const clients = Array.from(this.awareness.getStates().keys());
    if (clients.length === 0) return null;
    return awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
  }

  /** Waits for queued work, then frees memory. The manager calls it. */
  async destroy(): Promise<void> {
    await this.enqueue(() => {});
    this.unloaded = true;
    this.awareness.off('update', this.#onAwareness);
    this.awareness.destroy();
    this.doc.off('update', this.#capture);
    this.doc.destroy();
  }

  /** Applies already-stored updates and sends what they changed to every subscriber. */
  #applyStored(updates: readonly Uint8Array[]): void {
    this.#capturing = true;
    try {
      this.doc.transact(() => {
        for (const update of updates) Y.applyUpdate(this.doc, update, this);
      }, this);
    } catch {
      this.poisoned = this.#captured.length > 0;
    } finally {
      this.#capturing = false;
    }
    const changed = this.#takeCaptured();
    const change = this.#takeChange();
    if (changed === null) return;
    const message = updateMessage(changed);
    for (const sub of this.#subs.keys()) sub.send(message);
    this.#sharing?.changed(this.doc, change);
  }

  /** What was captured since the last call, emptying the capture. */
  #takeChange(): DocChange {
    const change = this.#capturedChange;
    this.#capturedChange = noChange();
    return change;
  }

  /** The captured updates as one (null when none), emptying the capture. */
  #takeCaptured(): Uint8Array | null {
    const captured = this.#captured;
    if (captured.length === 0) return null;
    const update = captured.length === 1 ? captured[0]! : Y.mergeUpdates(captured);
    captured.length = 0;
    return update;
  }

  /** Records that the update with `seq` is in memory; advances knownSeq over no gap. */
  #hold(seq: number): void {
    if (seq > this.#knownSeq) this.#heldAhead.add(seq);
    while (this.#heldAhead.delete(this.#knownSeq + 1)) this.#knownSeq++;
  }

  /**
   * The effective update to store, null when nothing changed, 'bad' when malformed,
   * 'missing' when it depends on structures the document does not have.
   */
  #apply(update: Uint8Array): Uint8Array | null | 'bad' | 'missing' {
    try {
      // Decodes fully (validating) before anything touches the document.
      if (missingDependencies(this.doc, update)) return 'missing';
    } catch {
      return 'bad';
    }
    this.#capturing = true;
    try {
      Y.applyUpdate(this.doc, update, this);
    } catch {
      this.poisoned = this.#captured.length > 0;
      this.#captured.length = 0;
      this.#capturedChange = noChange();
      return 'bad';
    } finally {
      this.#capturing = false;
    }
    if (this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null) {
      // The dependency check missed a case: memory now holds state that is not stored,
      // so the room is dropped and reloaded from storage (DocRooms.afterData).
      this.poisoned = true;
      this.#captured.length = 0;
      this.#capturedChange = noChange();
      return 'bad';
    }
    return this.#takeCaptured();
  }

  #onAwareness = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...change.added, ...change.updated, ...change.removed];
    if (changed.length === 0) return;
    const from = origin as Subscriber;
    let controlled = this.#subs.get(from);
    if (controlled !== undefined) {
      if (controlled === null && change.added.length > 0) {
        this.#subs.set(from, (controlled = new Set()));
      }
      for (const id of change.added) controlled?.add(id);
      for (const id of change.removed) controlled?.delete(id);
    }
    const encoded = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    const message = awarenessMessage(encoded);
    for (const sub of this.#subs.keys()) sub.send(message);
    // Local changes (a subscriber's own, or its removal on leave) go to other instances.
    if (origin !== REMOTE && origin !== 'timeout') {
      this.#sharing?.publish({ kind: 'awareness', payload: encoded });
    }
  };
}
