// «Выйти» on a shared computer. With unsent changes the user chooses: send them first
// (documents not open in this tab are opened so their changes go out; we wait for every
// count to reach 0), leave without sending (explicit loss), or stay. Then the server
// session ends (offline: at the next start, see pending-logout.ts), this browser's data is
// wiped and a full page load shows /login.
import * as Y from 'yjs';
import { orgIdOfDocName } from '@profgrid/core';
import { openOrg } from '../org-session/index.ts';
import type { OrgSession } from '../org-session/index.ts';
import { DocPersistence, getDb, hasOpenedDb } from '../persistence/index.ts';
import { existingProvider, getProvider, syncStatus } from '../sync/index.ts';
import { totalPending } from './pending.ts';
import { logoutOnServer } from './pending-logout.ts';
import { leaveTo, wipeLocalData } from './wipe.ts';

export type LogoutPhase = 'idle' | 'counting' | 'confirm' | 'sending' | 'leaving';

class LogoutFlow {
  phase = $state<LogoutPhase>('idle');
  /** Unsent changes when the dialog opened, then the remaining count while sending. */
  pending = $state(0);
  #opened: Pick<OrgSession, 'close'>[] = [];

  async count(): Promise<{ total: number; closedDocs: string[] }> {
    const live = existingProvider()?.status().pending ?? new Map<string, number>();
    const stored = hasOpenedDb()
      ? await getDb()
          .syncMeta.toArray()
          .catch(() => [])
      : [];
    return totalPending(live, stored);
  }

  async begin(): Promise<void> {
    if (this.phase !== 'idle') return;
    this.phase = 'counting';
    const { total } = await this.count();
    this.pending = total;
    if (total === 0) await this.leave();
    else this.phase = 'confirm';
  }

  cancel(): void {
    if (this.phase === 'leaving') return;
    for (const s of this.#opened.splice(0)) s.close();
    this.phase = 'idle';
  }

  /** Opens documents with stored unsent changes and waits until nothing is pending. */
  async sendAndLeave(): Promise<void> {
    if (this.phase !== 'confirm') return;
    this.phase = 'sending';
    const { closedDocs } = await this.count();
    for (const docName of closedDocs) {
      const orgId = orgIdOfDocName(docName);
      if (!orgId) {
        // Another kind of document (a committee table): sent from its stored log alone.
        this.#opened.push(await openStored(docName));
        continue;
      }
      const s = await openOrg(orgId);
      this.#opened.push(s);
      void s.load();
    }
    const provider = getProvider();
    await new Promise<void>((done) => {
      const off = provider.onStatus(() => {
        void this.count().then(({ total }) => {
          this.pending = total;
          if (this.phase !== 'sending') {
            off();
            done();
          } else if (total === 0 && syncStatus.state === 'online') {
            off();
            done();
          }
        });
      });
    });
    if (this.phase === 'sending') await this.leave();
  }

  async leave(): Promise<void> {
    if (this.phase === 'leaving') return;
    this.phase = 'leaving';
    await logoutOnServer();
    for (const s of this.#opened.splice(0)) s.close();
    await wipeLocalData();
    leaveTo('/login');
  }
}

export const logoutFlow = new LogoutFlow();

/** A document opened from IndexedDB only to send what it has not sent yet. */
async function openStored(docName: string): Promise<Pick<OrgSession, 'close'>> {
  const ydoc = new Y.Doc();
  const persistence = new DocPersistence(getDb(), docName, ydoc);
  await persistence.whenLoaded;
  getProvider().subscribe(docName, ydoc);
  return {
    close() {
      getProvider().unsubscribe(docName);
      persistence.destroy();
      ydoc.destroy();
    },
  };
}
