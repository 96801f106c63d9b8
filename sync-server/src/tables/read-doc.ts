// A document as it is now: the relay's loaded copy (caught up with the database when
// several instances share it), else built from the store.
import * as Y from 'yjs';
import type { DocRooms } from '../relay/doc-rooms.ts';
import type { DocStore } from '../store/doc-store.ts';

export function docReader(
  rooms: () => DocRooms | null,
  store: DocStore,
  shared: boolean,
): (docName: string) => Promise<Y.Doc> {
  return async (name) => {
    const loaded = rooms()?.loaded(name);
    if (loaded) {
      const room = await loaded;
      if (shared) await room.catchUp();
      return room.doc;
    }
    const stored = await store.load(name);
    const doc = new Y.Doc();
    for (const u of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) {
      Y.applyUpdate(doc, u);
    }
    return doc;
  };
}
