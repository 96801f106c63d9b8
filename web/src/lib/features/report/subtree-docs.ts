// Downloads the documents of a subtree for the full report, through the same path as an
// opened organization: each Y.Doc first gets its IndexedDB copy (DocPersistence), then is
// subscribed on the tab's one socket until the relay's state is in (or it is refused),
// then snapshotted and dropped. What arrived stays in IndexedDB, so the next report (or
// the same one offline) starts from it. A few documents at a time: the relay caps a
// socket at 1,000 documents and a region has 3,000.
import * as Y from 'yjs';
import { OrgDoc, orgDocName } from '@profgrid/core';
import type { OrgSnapshot } from '@profgrid/core';
import { DocPersistence } from '../persistence/index.ts';
import type { ProfgridDb } from '../persistence/index.ts';
import type { MuxProvider } from '../sync/index.ts';

export type DocSource = 'relay' | 'local' | 'denied';

export interface FetchedDoc {
  readonly orgId: string;
  /** null when the relay refused it (no access): it counts as lacking, never as zero. */
  readonly snapshot: OrgSnapshot | null;
  /** relay: up to date with the server; local: the IndexedDB copy only (offline). */
  readonly source: DocSource;
}

export interface FetchOptions {
  readonly db: ProfgridDb;
  readonly provider: Pick<MuxProvider, 'subscribe' | 'unsubscribe' | 'state' | 'onStatus'>;
  readonly concurrency?: number;
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

async function fetchOne(orgId: string, o: FetchOptions): Promise<FetchedDoc> {
  const docName = orgDocName(orgId);
  const ydoc = new Y.Doc();
  const persistence = new DocPersistence(o.db, docName, ydoc);
  await persistence.whenLoaded;
  const channel = o.provider.subscribe(docName, ydoc);
  // A document this tab already follows keeps its own Y.Doc; read that one, leave it open.
  const ours = channel.ydoc === ydoc;
  const source = await new Promise<DocSource>((resolve) => {
    if (o.provider.state === 'offline' || o.signal?.aborted) return resolve('local');
    let stop = (): void => {};
    const done = (src: DocSource) => {
      stop();
      o.signal?.removeEventListener('abort', onAbort);
      resolve(src);
    };
    const onAbort = () => done('local');
    stop = o.provider.onStatus((s) => {
      if (s.state === 'offline') done('local');
    });
    channel.whenSynced(() => done('relay'));
    channel.whenDenied(() => done('denied'));
    o.signal?.addEventListener('abort', onAbort, { once: true });
  });
  const snapshot = new OrgDoc(channel.ydoc).snapshot();
  if (ours) o.provider.unsubscribe(docName);
  await persistence.flush();
  persistence.destroy();
  ydoc.destroy();
  return { orgId, snapshot: source === 'denied' ? null : snapshot, source };
}

/** Every document of `orgIds`, a few at a time, in the order given (stops on abort). */
export async function fetchSubtreeDocs(
  orgIds: readonly string[],
  options: FetchOptions,
): Promise<FetchedDoc[]> {
  const out = new Array<FetchedDoc>(orgIds.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < orgIds.length && !options.signal?.aborted) {
      const i = next++;
      out[i] = await fetchOne(orgIds[i]!, options);
      options.onProgress?.(++done, orgIds.length);
    }
  };
  const n = Math.min(options.concurrency ?? 16, orgIds.length);
  await Promise.all(Array.from({ length: n }, worker));
  return out;
}
