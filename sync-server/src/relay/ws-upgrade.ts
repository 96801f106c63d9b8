// Adapts `ws` (noServer mode) to the relay: handles the HTTP upgrade of /mux and
// /sync/:docName on the node server, checks Origin (403) and authenticates once per
// socket (null → 401), and turns each ws socket into a SocketLike. Hono keeps serving
// plain HTTP.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { Logger } from '../log.ts';
import { describeError } from '../errors.ts';
import type { Relay } from './relay.ts';
import type { ConnectionHandler } from './inbound.ts';
import type { Principal } from './hooks.ts';
import { CLOSE } from './socket-like.ts';
import type { SocketLike } from './socket-like.ts';

export interface WebsocketEndpoints {
  /** Refuses further upgrades (503); open sockets stay. */
  stopAccepting(): void;
  /**
   * Stops accepting upgrades and closes every socket with `code` (default 1012, service
   * restart: clients reconnect); sockets that did not finish the close handshake within
   * `graceMs` are terminated.
   */
  close(code?: number, graceMs?: number): Promise<void>;
  readonly socketCount: number;
  /** Open sockets by endpoint (for /metrics). */
  socketCounts(): { mux: number; sync: number };
}

type Route = { kind: 'mux' } | { kind: 'sync'; docName: string } | null;

function route(url: string | undefined): Route {
  const path = new URL(url ?? '/', 'http://relay').pathname;
  if (path === '/mux') return { kind: 'mux' };
  if (!path.startsWith('/sync/')) return null;
  try {
    const docName = decodeURIComponent(path.slice('/sync/'.length));
    return docName === '' ? null : { kind: 'sync', docName };
  } catch {
    return null;
  }
}

/**
 * The upgrading socket's error listener. Module-level on purpose: a closure made inside
 * the upgrade handler would share its scope and keep the IncomingMessage (headers,
 * cookie, `head`) alive for as long as the socket is open.
 */
function destroyOnError(this: Duplex): void {
  this.destroy();
}

/** ws.send's options: one object for every send (ws makes `{}` when given a callback alone). */
const BINARY = Object.freeze({ binary: true });

/**
 * The ws socket as the relay sees it (methods on the prototype, no closures per socket).
 * Flow control for relay/backpressure.ts: unsent bytes are ws's bufferedAmount (its own
 * queue plus the TCP socket's); each send's completion callback checks a drain waiter.
 */
class WsSocket implements SocketLike {
  readonly #ws: WebSocket;
  #drain: { readonly bytes: number; readonly done: (drained: boolean) => void } | null = null;
  constructor(ws: WebSocket) {
    this.#ws = ws;
    this.written = this.written.bind(this);
  }
  send(data: Uint8Array): void {
    if (this.#ws.readyState === this.#ws.OPEN) this.#ws.send(data, BINARY, this.written);
  }
  close(code: number, reason: string): void {
    this.#ws.close(code, reason);
  }
  abort(code: number, reason: string): void {
    this.#ws.close(code, reason);
    this.#ws.terminate();
    this.#drain?.done(false);
  }
  get unsentBytes(): number {
    return this.#ws.bufferedAmount;
  }
  whenUnsentAtMost(bytes: number, timeoutMs: number): Promise<boolean> {
    if (this.#ws.bufferedAmount <= bytes) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.#drain?.done(false), timeoutMs);
      this.#drain = {
        bytes,
        done: (drained) => {
          clearTimeout(timer);
          this.#drain = null;
          resolve(drained);
        },
      };
    });
  }
  pauseReading(): void {
    this.#ws.pause();
  }
  resumeReading(): void {
    if (this.#ws.readyState === this.#ws.OPEN) this.#ws.resume();
  }
  /** A send was handed to the kernel (or failed: the socket is closing). */
  written(err?: Error | null): void {
    const drain = this.#drain;
    if (drain && (err || this.#ws.bufferedAmount <= drain.bytes)) drain.done(!err);
  }
}

function messageBytes(data: WebSocket.RawData): Uint8Array {
  return Array.isArray(data)
    ? Buffer.concat(data)
    : data instanceof ArrayBuffer
      ? new Uint8Array(data)
      : data;
}

/** The connection handler of a ws socket, kept on the socket itself (no closure per socket). */
const HANDLER = Symbol('handler');
type HandledSocket = WebSocket & { [HANDLER]: ConnectionHandler };

function onMessage(this: WebSocket, data: WebSocket.RawData, isBinary: boolean): void {
  (this as HandledSocket)[HANDLER].message(messageBytes(data), isBinary);
}

function reject(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

export function attachWebsockets(server: Server, relay: Relay, logger: Logger): WebsocketEndpoints {
  // ws enforces a hard cap at twice the limit (closing 1009 without a reason, before
  // buffering more); between the limit and the cap the relay closes 1009 with a reason.
  // clientTracking off: `sockets` below is the one registry of open sockets.
  const wss = new WebSocketServer({
    noServer: true,
    clientTracking: false,
    maxPayload: 2 * relay.limits.maxMessageBytes,
  });
  const sockets = new Map<WebSocket, 'mux' | 'sync'>();
  let accepting = true;

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const target = route(request.url);
    if (!target) return reject(socket, 404, 'Not Found');
    if (!accepting) return reject(socket, 503, 'Service Unavailable');
    socket.on('error', destroyOnError);
    const upgrade = {
      url: request.url ?? '/',
      headers: request.headers,
      // read only when a hook asks: reading it caches the peer's address on the socket
      get remoteAddress() {
        return request.socket.remoteAddress;
      },
    };
    if (relay.hooks.originAllowed && !relay.hooks.originAllowed(upgrade)) {
      return reject(socket, 403, 'Forbidden');
    }
    Promise.resolve(relay.hooks.authenticate(upgrade)).then(
      (principal) => {
        if (!principal) return reject(socket, 401, 'Unauthorized');
        if (!accepting) return reject(socket, 503, 'Service Unavailable');
        wss.handleUpgrade(request, socket, head, (ws) => accept(ws, principal, target));
      },
      (err: unknown) => {
        logger.error('authenticate failed', { error: describeError(err) });
        reject(socket, 500, 'Internal Server Error');
      },
    );
  };

  const accept = (ws: WebSocket, principal: Principal, target: Exclude<Route, null>) => {
    sockets.set(ws, target.kind);
    const socketLike = new WsSocket(ws);
    (ws as HandledSocket)[HANDLER] =
      target.kind === 'mux'
        ? relay.connectMux(socketLike, principal)
        : relay.connectPlain(socketLike, principal, target.docName);
    ws.on('message', onMessage);
    ws.on('error', onSocketError);
    ws.on('close', onClose);
  };
  const onSocketError = (err: Error) => logger.warn('socket error', { error: describeError(err) });
  // One listener for every socket; `this` is the socket that closed.
  function onClose(this: WebSocket): void {
    sockets.delete(this);
    (this as HandledSocket)[HANDLER].closed();
  }

  server.on('upgrade', onUpgrade);
  return {
    stopAccepting() {
      accepting = false;
    },
    async close(code: number = CLOSE.serviceRestart, graceMs = 1000) {
      accepting = false;
      server.off('upgrade', onUpgrade);
      const open = Array.from(sockets.keys());
      const closed = open.map(
        (ws) => new Promise<void>((resolve) => ws.once('close', () => resolve())),
      );
      for (const ws of open) ws.close(code, 'server restarting, reconnect');
      const timer = setTimeout(() => open.forEach((ws) => ws.terminate()), graceMs);
      await Promise.all(closed);
      clearTimeout(timer);
      wss.close();
    },
    get socketCount() {
      return sockets.size;
    },
    socketCounts() {
      const counts = { mux: 0, sync: 0 };
      for (const kind of sockets.values()) counts[kind]++;
      return counts;
    },
  };
}
