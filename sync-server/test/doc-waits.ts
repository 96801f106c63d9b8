// Waiting on documents and stock providers in tests: on their events, never by polling.
import type * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';

/** Resolves once check() holds, re-checking on every change of doc. */
export function until(doc: Y.Doc, check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (check()) return resolve();
    const h = () => {
      if (!check()) return;
      doc.off('update', h);
      resolve();
    };
    doc.on('update', h);
  });
}

/** Resolves once the provider finished its first sync with the relay. */
export function synced(p: WebsocketProvider): Promise<void> {
  return new Promise((resolve) => (p.synced ? resolve() : p.once('sync', () => resolve())));
}
