// The practice organization: a personal copy of demo data that lives only in this
// browser's IndexedDB (document `practice:<userId>`), never subscribed on the relay — so it
// cannot reach reports, rollups, committees' figures or the server's audit of personal
// data, and the logout wipe takes it with the rest. Filled from core's demo generator on
// first opening; «Начать заново» deletes its stored updates and it is filled again.
import * as Y from 'yjs';
import { OrgDoc, migrate } from '@profgrid/core';
import type { HistoryActor } from '@profgrid/core';
import { generateDemoRegistry, writeDemoPrimary } from '@profgrid/core/demo';
import type { DemoInstitution } from '@profgrid/core/demo';
import { DocPersistence, getDb } from '../persistence/index.ts';
import type { OrgSession } from '../org-session/index.ts';

export const PRACTICE_ORG_ID = 'practice';
const INSTITUTION: DemoInstitution = {
  id: PRACTICE_ORG_ID,
  name: 'Учебная школа № 1',
  category: 'school',
};

export const practiceDocName = (userId: string) => `practice:${userId}`;

/** The demo data the practice organization starts from (deterministic per day). */
export function practiceSeed(today: string) {
  return generateDemoRegistry({ institutions: [INSTITUTION], today }).primaries[0]!;
}

export function openPractice(user: HistoryActor, today: string): OrgSession {
  const ydoc = new Y.Doc();
  const doc = new OrgDoc(ydoc, { history: { actor: user, now: () => Date.now() } });
  const persistence = new DocPersistence(getDb(), practiceDocName(user.id), ydoc);
  let loaded = false;
  let closed = false;
  const whenLoaded = persistence.whenLoaded.then(() => {
    if (closed) return;
    // Never stored (or reset): nothing in `meta` yet — even a list emptied on purpose has it.
    if (ydoc.getMap('meta').size === 0) writeDemoPrimary(ydoc, practiceSeed(today));
    else migrate(ydoc, doc.origin);
    loaded = true;
  });
  return {
    orgId: PRACTICE_ORG_ID,
    doc,
    cachedRows: null,
    whenLoaded,
    isLoaded: () => loaded,
    presence: null,
    load: () => whenLoaded,
    // Nothing to sync with: «synced» as soon as it is loaded, never denied.
    whenSynced: (fn) => void whenLoaded.then(fn),
    whenDenied: () => {},
    close() {
      if (closed) return;
      closed = true;
      void persistence.flush().then(() => {
        persistence.destroy();
        ydoc.destroy();
      });
    },
  };
}

/** Deletes the user's practice data; the next opening starts from the demo data again. */
export async function resetPractice(userId: string): Promise<void> {
  await getDb().updates.where('docName').equals(practiceDocName(userId)).delete();
}
