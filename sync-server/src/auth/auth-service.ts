// Login and sessions as one service. Bad credentials are indistinguishable: unknown
// login, wrong password and disabled user all answer 'bad-credentials', and an unknown
// login is verified against a dummy hash so the timing matches. Throttled attempts
// are refused before any password check.
// Throttling slows guessing without handing anyone a way to lock the owner out. Failures
// count per address (ADDRESS_RULE), per account and address (LOGIN_RULE) and per account
// (LOGIN_RULE); the account's own block holds back only suspect addresses (3 failures in
// 15 minutes, SUSPECT_RULE). So a guesser is blocked from its addresses, a botnet gets at
// most a few guesses per fresh address while the account is blocked, and the owner signs
// in from an address that has not been guessing (a typo or two included).
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

/**
 * Failed logins counted per login and per login+address (LOGIN_RULE), per address
 * (ADDRESS_RULE), and addresses marked suspect (SUSPECT_RULE).
 */
export interface LoginThrottles {
  readonly byLogin: LoginThrottle;
  readonly byAddress: LoginThrottle;
  readonly suspects: LoginThrottle;
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
  readonly #suspects: LoginThrottle;

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
    this.#suspects = throttles.suspects;
  }

  async login(login: string, password: string, address: string): Promise<LoginResult> {
    const lkey = `login:${loginKey(login)}`;
    const pkey = `pair:${loginKey(login)}@${address}`;
    const akey = `addr:${address}`;
    const skey = `suspect:${address}`;
    const [account, pair, addr, suspect] = await Promise.all([
      this.#byLogin.waitMs(lkey),
      this.#byLogin.waitMs(pkey),
      this.#byAddress.waitMs(akey),
      this.#suspects.waitMs(skey),
    ]);
    const wait = Math.max(pair, addr, suspect > 0 ? account : 0);
    if (wait > 0)
      return { ok: false, code: 'throttled', retryAfterSeconds: Math.ceil(wait / 1000) };
    const user = await this.#users.byLogin(login);
    const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
    if (!user || !valid || user.disabled) {
      await Promise.all([
        this.#byLogin.fail(lkey),
        this.#byLogin.fail(pkey),
        this.#byAddress.fail(akey),
        this.#suspects.fail(skey),
      ]);
      await this.#audit.record({ action: 'login-failed', userId: user?.id ?? null, orgId: null });
      return { ok: false, code: 'bad-credentials' };
    }
    await Promise.all([this.#byLogin.reset(lkey), this.#byLogin.reset(pkey)]);
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
