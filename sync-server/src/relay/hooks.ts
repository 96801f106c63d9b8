// Access-control hooks. The relay asks authenticate() once per socket (null rejects the
// upgrade with 401) and authorize() once per document a socket subscribes to. The next
// issue (sessions, roles) replaces allowAllHooks; the relay itself does not change.
// A 'read' principal receives everything; its data messages are refused, not stored.

export interface UpgradeRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly remoteAddress: string | undefined;
}

export interface Principal {
  /** Stable id for logs and audit (a user id later); never a personal name. */
  readonly id: string;
}

export type Access = 'write' | 'read' | 'deny';

export interface AccessHooks {
  authenticate(request: UpgradeRequest): Principal | null | Promise<Principal | null>;
  authorize(principal: Principal, docName: string): Access | Promise<Access>;
}

export const ANONYMOUS: Principal = { id: 'anonymous' };

export const allowAllHooks: AccessHooks = {
  authenticate: () => ANONYMOUS,
  authorize: () => 'write',
};
