// One load client: one websocket, one document, one Y.Doc — what a browser tab with a
// y-websocket provider does, minus awareness. It answers the server's sync step 1,
// sends its own, counts as synced at the server's step 2, applies every incoming update
// and reports it to a LatencyTracker first (so the figure is wire → client, not Yjs
// apply time). A writer's edits go out as sync updates, stamped in the tracker by
// (clientID, clock) so any client receiving them — whatever bytes the server re-encodes
// or merges — finds the send time.
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { hocuspocusAuthFrame, readSyncPart, syncFrame } from './wire.ts';
import type { Dialect } from './wire.ts';
import type { LatencyTracker } from './latency-tracker.ts';

/** Where and how to connect to one peer. */
export interface PeerTarget {
  readonly dialect: Dialect;
  urlFor(docName: string): string;
  readonly headers: Readonly<Record<string, string>>;
}

/** What a writer's edit changes (see LoadClient.write). */
export type LoadEdit = 'map' | 'member';

const REMOTE = Symbol('remote');
const FILLER = 'x'.repeat(32); // a cell edit's worth of text

export class LoadClient {
  readonly doc = new Y.Doc();
  readonly #ws: WebSocket;
  readonly #dialect: Dialect;
  readonly #docName: string;
  #seq = 0;
  #synced = false;
  #onSynced: () => void = () => {};
  /** True once the socket closed without close() being called. */
  dropped = false;
  #closing = false;
  readonly tracker: LatencyTracker;

  private constructor(ws: WebSocket, target: PeerTarget, docName: string, tracker: LatencyTracker) {
    this.tracker = tracker;
    this.#ws = ws;
    this.#dialect = target.dialect;
    this.#docName = docName;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return;
      tracker.sent(update);
      this.#send(syncFrame(this.#dialect, docName, 'update', update));
    });
    ws.on('message', (data: Buffer) => this.#receive(data));
    ws.on('close', () => {
      if (!this.#closing) this.dropped = true;
    });
  }

  /** Opens the socket and resolves once the server's sync step 2 arrived. */
  static async connect(
    target: PeerTarget,
    docName: string,
    tracker: LatencyTracker,
  ): Promise<LoadClient> {
    const ws = new WebSocket(target.urlFor(docName), { headers: { ...target.headers } });
    ws.binaryType = 'nodebuffer';
    await new Promise<void>((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) =>
        reject(new Error(`upgrade refused with HTTP ${res.statusCode ?? '?'}`)),
      );
    });
    const client = new LoadClient(ws, target, docName, tracker);
    const synced = new Promise<void>((resolve) => (client.#onSynced = resolve));
    if (target.dialect === 'hocuspocus') client.#send(hocuspocusAuthFrame(docName, 'load'));
    client.#send(syncFrame(target.dialect, docName, 'step1', Y.encodeStateVector(client.doc)));
    await synced;
    return client;
  }

  /**
   * One edit. 'map': this client's cell in a shared map of its own (a root no relay reads)
   * gets a new value. 'member': as a chair's cell edit — this client's member (added by its
   * first edit, in the organization document's `members` root) gets a new `phone`.
   */
  write(edit: LoadEdit = 'map'): void {
    this.#seq += 1;
    const value = `${this.#seq}:${FILLER}`;
    if (edit === 'map') {
      this.doc.getMap('load').set(`c${this.doc.clientID}`, value);
      return;
    }
    const members = this.doc.getMap<Y.Map<string>>('members');
    const id = `load-${this.doc.clientID}`;
    const member = members.get(id);
    if (member) member.set('phone', value);
    else
      members.set(
        id,
        new Y.Map<string>([
          ['surname', 'Нагрузка'],
          ['phone', value],
        ]),
      );
  }

  close(): void {
    this.#closing = true;
    this.#ws.close();
    this.doc.destroy();
  }

  #send(frame: Uint8Array): void {
    if (this.#ws.readyState === WebSocket.OPEN) this.#ws.send(frame);
  }

  #receive(frame: Buffer): void {
    const part = readSyncPart(this.#dialect, frame);
    if (!part) return;
    if (part.kind === 'step1') {
      const reply = Y.encodeStateAsUpdate(this.doc, part.payload);
      this.#send(syncFrame(this.#dialect, this.#docName, 'step2', reply));
      return;
    }
    if (part.kind === 'update') this.tracker.received(part.payload, this.doc.clientID);
    Y.applyUpdate(this.doc, part.payload, REMOTE);
    if (part.kind === 'step2' && !this.#synced) {
      this.#synced = true;
      this.#onSynced();
    }
  }
}
