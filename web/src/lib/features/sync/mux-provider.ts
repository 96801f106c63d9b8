// ONE websocket per tab to the relay's /mux endpoint, carrying every subscribed document
// (core/PROTOCOL.md). Reconnects with jittered exponential backoff; follows the browser's
// online/offline events (disconnects at once on `offline`, reconnects on `online`).
// Browser globals come in through `MuxEnvironment`, so the logic is testable in node.
import type * as Y from 'yjs';
import { decodeMuxFrame } from '@profgrid/core';
import { backoffDelay } from './backoff.ts';
import { DocChannel } from './doc-channel.ts';

export type ConnectionState = 'online' | 'connecting' | 'offline';

export interface PendingStore {
  load(docName: string): Promise<number>;
  save(docName: string, pending: number): Promise<void>;
}

export interface MuxEnvironment {
  readonly url: string;
  readonly createSocket: (url: string) => WebSocket;
  /** Target of `online` / `offline` events (window); null in tests. */
  readonly events: EventTarget | null;
  readonly isOnline: () => boolean;
  readonly store: PendingStore;
  /** Update origins that are not local edits (e.g. the IndexedDB loader). */
  readonly foreignOrigins: ReadonlySet<unknown>;
  readonly random?: () => number;
  /**
   * The session may have ended: the server closed with 4401 (revoked session), or the
   * upgrade failed AUTH_SUSPECT_FAILURES times in a row (a 401 upgrade looks like any
   * failed connection). The app asks /api/me and goes to /login if it says 401.
   */
  readonly onAuthSuspect?: (reason: 'revoked' | 'failures') => void;
}

/** Close code of a socket whose session was revoked (logout elsewhere, disabled user). */
export const CLOSE_SESSION_REVOKED = 4401;
export const AUTH_SUSPECT_FAILURES = 3;

export interface MuxStatus {
  readonly state: ConnectionState;
  readonly pending: ReadonlyMap<string, number>;
}

export class MuxProvider {
  readonly #env: MuxEnvironment;
  readonly #channels = new Map<string, DocChannel>();
  #socket: WebSocket | null = null;
  #state: ConnectionState = 'offline';
  #attempt = 0;
  /** Consecutive connection attempts that closed without ever opening. */
  #failures = 0;
  #retryTimer: ReturnType<typeof setTimeout> | null = null;
  /** Last pending count written per document, so unchanged counts are not rewritten. */
  readonly #saved = new Map<string, number>();
  #listeners = new Set<(status: MuxStatus) => void>();
  #started = false;

  constructor(env: MuxEnvironment) {
    this.#env = env;
  }

  get state(): ConnectionState {
    return this.#state;
  }

  onStatus(listener: (status: MuxStatus) => void): () => void {
    this.#listeners.add(listener);
    listener(this.status());
    return () => this.#listeners.delete(listener);
  }

  status(): MuxStatus {
    const pending = new Map<string, number>();
    for (const [name, ch] of this.#channels) pending.set(name, ch.pending);
    return { state: this.#state, pending };
  }

  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.#env.events?.addEventListener('online', this.#onOnline);
    this.#env.events?.addEventListener('offline', this.#onOffline);
    if (this.#env.isOnline()) this.#connect();
    else this.#setState('offline');
  }

  stop(): void {
    this.#started = false;
    this.#env.events?.removeEventListener('online', this.#onOnline);
    this.#env.events?.removeEventListener('offline', this.#onOffline);
    this.#disconnect('offline');
  }

  /** Subscribes a document; its unacknowledged count from earlier sessions is restored. */
  subscribe(docName: string, ydoc: Y.Doc): DocChannel {
    const existing = this.#channels.get(docName);
    if (existing) return existing;
    const channel = new DocChannel(
      docName,
      ydoc,
      {
        send: (frame) => this.#send(frame),
        canSend: () => this.#canSend(),
        changed: () => this.#changed(),
      },
      this.#env.foreignOrigins,
    );
    this.#channels.set(docName, channel);
    void this.#env.store.load(docName).then((n) => {
      if (this.#channels.get(docName) !== channel) return;
      channel.counter.restore(n);
      channel.ready = true;
      this.#changed();
      if (this.#state === 'online') channel.opened();
    });
    return channel;
  }

  unsubscribe(docName: string): void {
    const channel = this.#channels.get(docName);
    if (!channel) return;
    this.#channels.delete(docName);
    this.#saved.delete(docName);
    void this.#env.store.save(docName, channel.pending);
    channel.destroy();
    this.#changed();
  }

  #canSend(): boolean {
    return this.#socket !== null && this.#socket.readyState === 1 && this.#state === 'online';
  }

  #send(frame: Uint8Array): boolean {
    if (!this.#canSend()) return false;
    this.#socket!.send(frame as Uint8Array<ArrayBuffer>);
    return true;
  }

  #connect(): void {
    this.#clearRetry();
    if (this.#socket) return;
    this.#setState('connecting');
    let socket: WebSocket;
    try {
      socket = this.#env.createSocket(this.#env.url);
    } catch {
      this.#scheduleRetry();
      return;
    }
    socket.binaryType = 'arraybuffer';
    this.#socket = socket;
    let opened = false;
    socket.onopen = () => {
      if (this.#socket !== socket) return;
      this.#attempt = 0;
      this.#failures = 0;
      opened = true;
      this.#setState('online');
      for (const channel of this.#channels.values()) if (channel.ready) channel.opened();
    };
    socket.onmessage = (event: MessageEvent) => {
      if (this.#socket !== socket || !(event.data instanceof ArrayBuffer)) return;
      const decoded = decodeMuxFrame(new Uint8Array(event.data));
      if (!decoded.ok) return;
      const { docName, messageType, message } = decoded.frame;
      this.#channels.get(docName)?.receive(messageType, message);
    };
    socket.onclose = (event: CloseEvent) => {
      if (this.#socket !== socket) return;
      this.#dropSocket();
      if (event?.code === CLOSE_SESSION_REVOKED) this.#env.onAuthSuspect?.('revoked');
      else if (!opened && ++this.#failures % AUTH_SUSPECT_FAILURES === 0) {
        this.#env.onAuthSuspect?.('failures');
      }
      if (this.#started && this.#env.isOnline()) this.#scheduleRetry();
      else this.#setState('offline');
    };
    socket.onerror = () => socket.close();
  }

  #dropSocket(): void {
    const socket = this.#socket;
    this.#socket = null;
    if (socket) {
      socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
      if (socket.readyState <= 1) socket.close();
    }
    for (const channel of this.#channels.values()) channel.closed();
  }

  #disconnect(state: ConnectionState): void {
    this.#clearRetry();
    this.#dropSocket();
    this.#setState(state);
  }

  #scheduleRetry(): void {
    this.#setState('connecting');
    const delay = backoffDelay(this.#attempt++, this.#env.random);
    this.#retryTimer = setTimeout(() => this.#connect(), delay);
  }

  #clearRetry(): void {
    if (this.#retryTimer !== null) clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
  }

  readonly #onOnline = (): void => {
    this.#attempt = 0;
    if (this.#started) this.#connect();
  };

  readonly #onOffline = (): void => this.#disconnect('offline');

  #setState(state: ConnectionState): void {
    if (this.#state === state) return;
    this.#state = state;
    this.#emit();
  }

  #changed(): void {
    this.#emit();
    for (const [name, channel] of this.#channels) {
      if (!channel.ready || this.#saved.get(name) === channel.pending) continue;
      this.#saved.set(name, channel.pending);
      void this.#env.store.save(name, channel.pending);
    }
  }

  #emit(): void {
    const status = this.status();
    for (const listener of this.#listeners) listener(status);
  }
}
