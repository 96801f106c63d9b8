// Loads documents on first use, shares one DocRoom per name, compacts when a log grows
// past the limit, and unloads rooms that had no subscriber for `docIdleMs` (compacting
// first). A room whose memory may differ from storage (poisoned) is evicted: its
// subscribers are closed with 1011 and reconnect to a fresh load. A room that left the
// map (evicted or unloading) is retired: it is never joined, and what it does later (a
// queued append failing, its idle timer) never touches the room loaded after it. With a
// `fanout` (several instances) a room listens to other instances from before its load
// until its unload, and publishes its own stored updates (doc-room.ts, shared rooms).
// Every data message of a connection goes through receive(): it is the one place that
// fires the stored-update event (`onStored`), for local and for other instances' updates.
// Loaded documents are held under a memory budget (doc-budget.ts): past it, idle rooms
// unload least recently used first, before their idle timer.
import * as Y from 'yjs';
import type { DocChange } from '@profgrid/core';
import type { Logger } from '../log.ts';
import { describeError } from '../errors.ts';
import type { Fanout, FanoutMessage } from './fanout.ts';
import type { DocStore } from '../store/doc-store.ts';
import { DocBudget } from './doc-budget.ts';
import { DocRoom } from './doc-room.ts';
import type { DataResult, Subscriber } from './doc-room.ts';
import type { DocStored, Principal } from './hooks.ts';
import { CLOSE } from './socket-like.ts';

/** Who is told how a data message ended (a connection, rather than a closure per edit). */
export interface DataAnswer {
  answered(result: DataResult): void;
  /** The room's queue failed (not the update): the connection closes 1011. */
  failed(): void;
}

export interface DocRoomsOptions {
  readonly store: DocStore;
  readonly logger: Logger;
  readonly compactAfterUpdates: number;
  readonly docIdleMs: number;
  /** Estimated heap bytes the loaded documents may take (doc-budget.ts); default: no limit. */
  readonly docMemoryBytes?: number;
  /** Called with the duration (seconds) of each store append. */
  readonly onPersisted?: (seconds: number) => void;
  readonly fanout?: Fanout;
  /** A loaded document changed in storage (here, or by another instance's updates). */
  readonly onStored?: (change: DocStored) => void;
}

export class DocRooms {
  readonly #opts: DocRoomsOptions;
  readonly #rooms = new Map<string, Promise<DocRoom>>();
  readonly #unloading = new Map<string, Promise<void>>();
  readonly #idleTimers = new Map<string, NodeJS.Timeout>();
  readonly #budget: DocBudget;

  constructor(options: DocRoomsOptions) {
    this.#opts = options;
    this.#budget = new DocBudget(options.docMemoryBytes ?? Number.POSITIVE_INFINITY);
  }

  /** Estimated heap bytes of the loaded documents, and the budget. */
  memory(): { readonly bytes: number; readonly budget: number } {
    return { bytes: this.#budget.total, budget: this.#budget.limit };
  }

  /** Names of documents currently in memory. */
  loadedNames(): string[] {
    return Array.from(this.#rooms.keys());
  }

  /** The room of `name` if it is loaded (or loading), without loading it. */
  loaded(name: string): Promise<DocRoom> | undefined {
    return this.#rooms.get(name);
  }

  /** Opens (loading if needed) the room and adds `sub` to it. */
  async join(name: string, sub: Subscriber): Promise<DocRoom> {
    for (;;) {
      const pending = this.#open(name);
      const room = await pending;
      // Evicted or unloaded while this join waited: the map holds another room (or none).
      if (this.#rooms.get(name) !== pending) continue;
      this.#cancelIdle(name);
      this.#budget.busy(name);
      room.join(sub);
      return room;
    }
  }

  leave(room: DocRoom, sub: Subscriber): void {
    room.leave(sub);
    if (room.subscriberCount === 0 && !room.retired) {
      this.#scheduleIdle(room);
      this.#budget.idle(room.name);
      this.#keepBudget();
    }
  }

  /**
   * One data message of `by` through `sub`: applied, sent to peers and stored by the room;
   * then the stored-update event, then `answer` (the connection acks or closes), then
   * afterData (compaction, eviction). Should any of it throw (the room's queue failed), an
   * `answer` object's failed() is called (a connection: no closure per edit); with a
   * function the promise rejects.
   */
  async receive(
    room: DocRoom,
    sub: Subscriber,
    by: Principal,
    update: Uint8Array,
    answer: DataAnswer | ((result: DataResult) => void),
  ): Promise<void> {
    try {
      const stored: { change?: DocChange } = {};
      const result = await room.receiveUpdate(sub, update, stored);
      if (result === 'stored' && !room.retired) this.#budget.charge(room.name, update.byteLength);
      if (result === 'stored') {
        const { change } = stored;
        this.#opts.onStored?.({ docName: room.name, doc: room.doc, by, change });
      }
      if (typeof answer === 'function') answer(result);
      else answer.answered(result);
      if (result !== 'unchanged') this.afterData(room);
    } catch (err) {
      if (typeof answer === 'function') throw err;
      answer.failed();
    }
  }

  /** Called after each stored update: compacts a long log, evicts a poisoned room. */
  afterData(room: DocRoom): void {
    if (room.poisoned) {
      this.#evict(room);
      return;
    }
    if (room.logLength > this.#opts.compactAfterUpdates) {
      room.compact().catch((err: unknown) =>
        this.#opts.logger.error('compaction failed', {
          doc: room.name,
          error: describeError(err),
        }),
      );
    }
  }

  /** Unloads one room now (compacting first). */
  async unload(name: string): Promise<void> {
    this.#cancelIdle(name);
    const pending = this.#rooms.get(name);
    if (!pending) return this.#unloading.get(name);
    this.#rooms.delete(name);
    this.#budget.release(name);
    const work = (async () => {
      const room = await pending;
      room.retired = true;
      try {
        await room.compact();
      } catch (err) {
        this.#opts.logger.error('compaction failed', { doc: name, error: describeError(err) });
      }
      for (const sub of Array.from(room.subscribers())) room.leave(sub);
      await room.destroy();
      if (!this.#rooms.has(name)) this.#opts.fanout?.unwatch(name);
    })();
    this.#unloading.set(name, work);
    try {
      await work;
    } finally {
      if (this.#unloading.get(name) === work) this.#unloading.delete(name);
    }
  }

  /** Resolves when every loaded room finished the work queued so far (stored, acked). */
  async flush(): Promise<void> {
    const rooms = await Promise.allSettled(Array.from(this.#rooms.values()));
    await Promise.all(
      rooms.map((r) => (r.status === 'fulfilled' ? r.value.enqueue(() => {}) : undefined)),
    );
  }

  async unloadAll(): Promise<void> {
    await Promise.all(Array.from(this.#rooms.keys()).map((name) => this.unload(name)));
  }

  #open(name: string): Promise<DocRoom> {
    let room = this.#rooms.get(name);
    if (!room) {
      const pending: Promise<DocRoom> = this.#load(name).then(({ room: loaded, bytes }) => {
        // charged only while it is the map's room (an unload meanwhile released the name)
        if (this.#rooms.get(name) === pending) {
          this.#budget.charge(name, bytes);
          this.#keepBudget();
        }
        return loaded;
      });
      room = pending;
      this.#rooms.set(name, room);
      room.catch(() => {
        this.#rooms.delete(name);
        this.#opts.fanout?.unwatch(name);
      });
    }
    return room;
  }

  /** Unloads idle rooms, least recently used first, while over the memory budget. */
  #keepBudget(): void {
    for (const name of this.#budget.overflow()) {
      this.unload(name).catch((err: unknown) =>
        this.#opts.logger.error('unload failed', { doc: name, error: describeError(err) }),
      );
    }
  }

  async #load(name: string): Promise<{ room: DocRoom; bytes: number }> {
    await this.#unloading.get(name);
    const { fanout } = this.#opts;
    // Listen before reading: what arrives meanwhile is applied after the load (idempotent).
    fanout?.watch(name, (message) => this.#onRemote(name, message));
    const stored = await this.#opts.store.load(name);
    const doc = new Y.Doc();
    let skipped = 0;
    let bytes = 0;
    doc.transact(() => {
      for (const update of stored.snapshot
        ? [stored.snapshot, ...stored.updates]
        : stored.updates) {
        bytes += update.byteLength;
        try {
          Y.applyUpdate(doc, update);
        } catch {
          skipped++;
        }
      }
    });
    if (skipped > 0) this.#opts.logger.error('stored updates unreadable', { doc: name, skipped });
    const sharing = fanout
      ? {
          publish: (m: FanoutMessage) => fanout.publish(name, m),
          changed: (changed: Y.Doc, change: DocChange) =>
            this.#opts.onStored?.({ docName: name, doc: changed, by: null, change }),
        }
      : null;
    const room = new DocRoom(
      name,
      doc,
      this.#opts.store,
      stored.lastSeq,
      stored.updates.length,
      this.#opts.onPersisted,
      sharing,
    );
    return { room, bytes };
  }

  #onRemote(name: string, message: FanoutMessage): void {
    void this.#rooms.get(name)?.then(
      async (room) => {
        if (room.unloaded) return;
        if (message.kind === 'awareness') room.receiveRemoteAwareness(message.payload);
        else await room.applyRemote(message.payload, message.seq);
        if (room.poisoned) this.#evict(room);
      },
      () => {},
    );
  }

  #evict(room: DocRoom): void {
    if (!room.retired) {
      // Not retired: still the map's room of this name.
      room.retired = true;
      this.#rooms.delete(room.name);
      this.#budget.release(room.name);
      this.#opts.fanout?.unwatch(room.name);
    }
    this.#opts.logger.error('document evicted', {
      doc: room.name,
      error: room.storeError === null ? null : describeError(room.storeError),
    });
    for (const sub of Array.from(room.subscribers())) {
      room.leave(sub);
      sub.close(CLOSE.internalError, 'document reloaded, please reconnect');
    }
    room.destroy().catch(() => {});
  }

  #scheduleIdle(room: DocRoom): void {
    this.#cancelIdle(room.name);
    const timer = setTimeout(() => {
      this.#idleTimers.delete(room.name);
      if (room.subscriberCount === 0 && !room.retired) {
        this.unload(room.name).catch((err: unknown) =>
          this.#opts.logger.error('unload failed', { doc: room.name, error: describeError(err) }),
        );
      }
    }, this.#opts.docIdleMs);
    timer.unref();
    this.#idleTimers.set(room.name, timer);
  }

  #cancelIdle(name: string): void {
    const timer = this.#idleTimers.get(name);
    if (timer) clearTimeout(timer);
    this.#idleTimers.delete(name);
  }
}
