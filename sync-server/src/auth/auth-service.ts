// Login and sessions as one service. Bad credentials are indistinguishable: unknown
// login, wrong password and disabled user all answer 'bad-credentials', and an unknown
// login is verified against a dummy hash so the timing matches. Throttled attempts
// are refused before any password check.
import type { AuditLog } from '../audit/audit-log.ts';
import { dummyHash, verifyPassword } from './passwords.ts';
import type { SessionInfo, SessionStore } from './session-store.ts';
import type { LoginThrottle } from './login-throttle.ts';
import type { StoredUser, UserStore } from './user-store.ts';
import { loginKey } from './user-store.ts';

export type LoginResult =
  | { readonly ok: true; readonly user: StoredUser; readonly sessionId: string }
  | { readonly ok: false; readonly code: 'bad-credentials' }
  | { readonly ok: false; readonly code: 'throttled'; readonly retryAfterSeconds: number };

/** Failed logins counted per login (LOGIN_RULE) and per address (ADDRESS_RULE). */
export interface LoginThrottles {
  readonly byLogin: LoginThrottle;
  readonly byAddress: LoginThrottle;
}

export interface SignedIn {
  readonly session: SessionInfo;
  readonly user: StoredUser;
}

export class AuthService {
  readonly #users: UserStore;
  readonly #sessions: SessionStore;
  readonly #audit: AuditLog;
  readonly #byLogin: LoginThrottle;
  readonly #byAddress: LoginThrottle;

  constructor(
    users: UserStore,
    sessions: SessionStore,
    audit: AuditLog,
    throttles: LoginThrottles,
  ) {
    this.#users = users;
    this.#sessions = sessions;
    this.#audit = audit;
    this.#byLogin = throttles.byLogin;
    this.#byAddress = throttles.byAddress;
  }

  async login(login: string, password: string, address: string): Promise<LoginResult> {
    const lkey = `login:${loginKey(login)}`;
    const akey = `addr:${address}`;
    const wait = Math.max(
      ...(await Promise.all([this.#byLogin.waitMs(lkey), this.#byAddress.waitMs(akey)])),
    );
    if (wait > 0)
      return { ok: false, code: 'throttled', retryAfterSeconds: Math.ceil(wait / 1000) };
    const user = await this.#users.byLogin(login);
    const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
    if (!user || !valid || user.disabled) {
      await Promise.all([this.#byLogin.fail(lkey), this.#byAddress.fail(akey)]);
      await this.#audit.record({ action: 'login-failed', userId: user?.id ?? null, orgId: null });
      return { ok: false, code: 'bad-credentials' };
    }
    await this.#byLogin.reset(lkey);
    const session = await this.#sessions.create(user.id);
    await this.#audit.record({ action: 'login', userId: user.id, orgId: null });
    return { ok: true, user, sessionId: session.id };
  }

  /**
   * Checks a signed-in user's current password (changing one's own password), throttled
   * like logins of that account so a stolen session cannot guess it at speed.
   */
  async verifyCurrent(
    user: StoredUser,
    password: string,
  ): Promise<'ok' | 'wrong' | { readonly retryAfterSeconds: number }> {
    const lkey = `login:${loginKey(user.login)}`;
    const wait = await this.#byLogin.waitMs(lkey);
    if (wait > 0) return { retryAfterSeconds: Math.ceil(wait / 1000) };
    if (await verifyPassword(password, user.passwordHash)) return 'ok';
    await this.#byLogin.fail(lkey);
    return 'wrong';
  }

  /** The live session of a cookie value whose user is enabled, and the user; touches it. */
  async session(sessionId: string | null): Promise<SignedIn | null> {
    if (!sessionId) return null;
    const session = await this.#sessions.resolve(sessionId);
    if (!session) return null;
    const user = await this.#users.get(session.userId);
    if (!user || user.disabled) {
      await this.#sessions.end(session.key);
      return null;
    }
    return { session, user };
  }

  async logout(session: SessionInfo): Promise<void> {
    await this.#sessions.end(session.key);
    await this.#audit.record({ action: 'logout', userId: session.userId, orgId: null });
  }
}
