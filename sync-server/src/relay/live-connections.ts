// The open connections of a relay, grouped by session (sessionKeyOf): the periodic
// revalidation asks about each session once and touches the sockets of ended sessions
// only, instead of building a key per socket every sweep (2,000 sockets of a few
// sessions were 2,000 strings and map entries every two seconds). The sockets of one
// session share one principal object (canonical()), not a copy with its own strings each.
import { sessionKeyOf } from './hooks.ts';
import type { Principal } from './hooks.ts';

/** One open socket as the relay re-checks it. */
export interface LiveConnection {
  readonly principal: Principal;
  /** Re-runs authorize() for every document of the socket (deny / downgrade / keep). */
  reauthorize(): void;
  /** Closes the socket with 4401 (session ended). */
  endSession(): void;
}

export class LiveConnections {
  readonly #bySession = new Map<string, Set<LiveConnection>>();

  add(connection: LiveConnection): void {
    const key = sessionKeyOf(connection.principal);
    let group = this.#bySession.get(key);
    if (!group) this.#bySession.set(key, (group = new Set()));
    group.add(connection);
  }

  delete(connection: LiveConnection): void {
    const key = sessionKeyOf(connection.principal);
    const group = this.#bySession.get(key);
    if (!group?.delete(connection)) return;
    if (group.size === 0) this.#bySession.delete(key);
  }

  *[Symbol.iterator](): IterableIterator<LiveConnection> {
    for (const group of this.#bySession.values()) yield* group;
  }

  /**
   * The principal an open connection of the same session already holds, when it is the
   * same in every field; else `principal` itself.
   */
  canonical(principal: Principal): Principal {
    const group = this.#bySession.get(sessionKeyOf(principal));
    if (!group) return principal;
    for (const connection of group) {
      const held = connection.principal;
      return sameFields(held, principal) ? held : principal;
    }
    return principal;
  }

  /** One principal of each session with an open connection. */
  sessions(): Principal[] {
    const principals: Principal[] = [];
    for (const group of this.#bySession.values()) {
      for (const connection of group) {
        principals.push(connection.principal);
        break;
      }
    }
    return principals;
  }

  /**
   * Of the sessions `asked` about (sessions(), earlier), ends (4401) every open connection
   * of those whose key is not in `alive`; returns how many. A session opened since it was
   * asked is left for the next sweep.
   */
  endSessions(asked: readonly Principal[], alive: ReadonlySet<string>): number {
    let ended = 0;
    for (const principal of asked) {
      const key = sessionKeyOf(principal);
      const group = this.#bySession.get(key);
      if (!group || alive.has(key)) continue;
      // endSession() leaves at once (deleting from the group): iterate a copy
      for (const connection of Array.from(group)) {
        connection.endSession();
        ended++;
      }
    }
    return ended;
  }
}

function sameFields(a: Principal, b: Principal): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  return keys.every((k) => Object.hasOwn(b, k) && x[k] === y[k]);
}
