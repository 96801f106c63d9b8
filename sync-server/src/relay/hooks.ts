// Access-control hooks. The relay asks originAllowed() (false → 403) and authenticate()
// (null → 401) once per upgrade, and authorize() once per document a socket subscribes
// to — and again for every open socket when Relay.reauthorize() is called (a role
// change). liveSessions() is asked by Relay.revalidate() (logout, expiry, disabled user):
// a socket whose session is not among the live ones is closed with 4401. A 'read' principal receives everything; its
// data messages are refused, not stored. auth/relay-hooks.ts is the session-based one.
import type * as Y from 'yjs';
import type { DocChange } from '@profgrid/core';

export interface UpgradeRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly remoteAddress: string | undefined;
}

export interface Principal {
  /** Stable id for logs and audit (a user id later); never a personal name. */
  readonly id: string;
  /** Opaque key of the session (a hash, never the cookie value), for revalidation. */
  readonly session?: string;
}

export type Access = 'write' | 'read' | 'deny';

export interface AccessHooks {
  authenticate(request: UpgradeRequest): Principal | null | Promise<Principal | null>;
  authorize(principal: Principal, docName: string): Access | Promise<Access>;
  /** Cross-site websocket hijacking guard; absent = every Origin allowed. */
  originAllowed?(request: UpgradeRequest): boolean;
  /**
   * Of the principals (the periodic sweep, all open sockets at once), the `sessionKeyOf`s
   * whose session is still live; absent = every session lives.
   */
  liveSessions?(principals: readonly Principal[]): Promise<ReadonlySet<string>>;
}

/**
 * A loaded document changed in storage: an update of `by` was durably stored here, or
 * (`by` null) updates another instance stored were applied to the copy loaded here.
 * `doc` is the document after the change.
 */
export interface DocStored {
  readonly docName: string;
  readonly doc: Y.Doc;
  readonly by: Principal | null;
  /** What the change touched, by root type (core DocChange); absent when unknown: anything. */
  readonly change?: DocChange;
}

/** What the relay reports, for the audit log, rollups and derived indexes (chairs). */
export interface RelayObserver {
  /** A socket subscribed to a document (after authorization). */
  docOpened?(principal: Principal, docName: string): void;
  /** Fired once per change, by the room manager (DocRooms), never by a connection. */
  docStored?(change: DocStored): void;
}

export const ANONYMOUS: Principal = { id: 'anonymous' };

/** Identifies a principal's session for liveSessions(). */
export const sessionKeyOf = (p: Principal): string => `${p.id}\u0000${p.session ?? ''}`;

export const allowAllHooks: AccessHooks = {
  authenticate: () => ANONYMOUS,
  authorize: () => 'write',
};
