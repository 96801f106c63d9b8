// The server's own edits of an organization document, through the relay's document path:
// the edit is made on a copy of the room's state, and the resulting update goes through
// DocRooms.receive like a client's — stored durably, then sent to the connected tabs, to
// other instances (fan-out) and to the observers (rollups, cards, audit). A tab offline
// now merges it when it reconnects, like any other update.
import * as Y from 'yjs';
import { OrgDoc, migrate, orgDocName } from '@profgrid/core';
import type { DocRooms } from '../relay/doc-rooms.ts';
import type { DataResult, Subscriber } from '../relay/doc-room.ts';
import type { Principal } from '../relay/hooks.ts';

/** The server's subscription while it writes: it needs none of the room's messages. */
const quiet = (): Subscriber => ({ send() {}, close() {} });

export interface DocWriter {
  /**
   * Applies `edit` to the organization's document as stored now. Resolves to the edit's
   * answer once its update is stored (and sent on); throws when it could not be stored.
   */
  write<T>(orgId: string, by: Principal, edit: (doc: OrgDoc) => T): Promise<T>;
  /** Reads the organization's document as stored now (nothing written). */
  read<T>(orgId: string, fn: (doc: OrgDoc) => T): Promise<T>;
}

export function relayDocWriter(rooms: DocRooms, options: { shared: boolean }): DocWriter {
  return {
    async read(orgId, fn) {
      const sub = quiet();
      const room = await rooms.join(orgDocName(orgId), sub);
      try {
        if (options.shared) await room.catchUp();
        return fn(new OrgDoc(room.doc));
      } finally {
        rooms.leave(room, sub);
      }
    },
    async write(orgId, by, edit) {
      const sub = quiet();
      const room = await rooms.join(orgDocName(orgId), sub);
      try {
        // With several instances the loaded copy may lag what another one stored.
        if (options.shared) await room.catchUp();
        const copy = new Y.Doc();
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(room.doc));
        const before = Y.encodeStateVector(copy);
        migrate(copy);
        const answer = edit(new OrgDoc(copy));
        const update = Y.encodeStateAsUpdate(copy, before);
        let result = 'unchanged' as DataResult;
        await rooms.receive(room, sub, by, update, (r) => (result = r));
        if (result !== 'stored' && result !== 'unchanged') {
          throw new Error(`document update not stored: ${result}`);
        }
        return answer;
      } finally {
        rooms.leave(room, sub);
      }
    },
  };
}
