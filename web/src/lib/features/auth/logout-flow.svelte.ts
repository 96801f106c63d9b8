// «Выйти» on a shared computer. With unsent changes the user chooses: send them first
// (documents not open in this tab are opened so their changes go out; we wait for every
// count to reach 0), leave without sending (explicit loss), or stay. Then the server
// session ends (offline: at the next start, see pending-logout.ts), this browser's data is
// wiped and a full page load shows /login. The documents' code (Yjs, the socket) and the
// database's (Dexie) load here only when the user logs out, not with the app shell.
import { orgIdOfDocName } from '@profgrid/core';
import type { DocSession, OrgSession } from '../org-session/index.ts';
import { existingProvider, syncStatus } from '../sync/plain.ts';
import { totalPending } from './pending.ts';
import { logoutOnServer } from './pending-logout.ts';
import { leaveTo, wipeLocalData } from './wipe.ts';

export type LogoutPhase = 'idle' | 'counting' | 'confirm' | 'sending' | 'leaving';

class LogoutFlow {
  phase = $state<LogoutPhase>('idle');
  /** Unsent changes when the dialog opened, then the remaining count while sending. */
  pending = $state(0);
  #opened: Pick<OrgSession | DocSession, 'close'>[] = [];

  async count(): Promise<{ total: number; closedDocs: string[] }> {
    const live = existingProvider()?.status().pending ?? new Map<string, number>();
    const { getDb, hasOpenedDb } = await import('../persistence/index.ts');
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
    const [{ openDoc, openOrg }, { getProvider }] = await Promise.all([
      import('../org-session/index.ts'),
      import('../sync/index.ts'),
    ]);
    for (const docName of closedDocs) {
      const orgId = orgIdOfDocName(docName);
      if (!orgId) {
        // Another kind of document (a committee table, a request's answers): its stored log.
        this.#opened.push(openDoc(docName));
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
