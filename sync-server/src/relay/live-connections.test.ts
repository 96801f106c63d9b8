// The open connections by session: each session asked about once, and only the sockets of
// sessions found ended are closed — not those of a session opened after the question.
import { describe, expect, it } from 'vitest';
import { sessionKeyOf } from './hooks.ts';
import type { Principal } from './hooks.ts';
import { LiveConnections } from './live-connections.ts';
import type { LiveConnection } from './live-connections.ts';

function connection(live: LiveConnections, principal: Principal, ended: LiveConnection[]) {
  const c: LiveConnection = {
    principal,
    reauthorize: () => {},
    endSession: () => {
      ended.push(c);
      live.delete(c); // a socket leaves as it closes
    },
  };
  live.add(c);
  return c;
}

describe('LiveConnections', () => {
  it('asks once per session and ends the sockets of ended sessions only', () => {
    const live = new LiveConnections();
    const ended: LiveConnection[] = [];
    const anna = { id: 'u1', session: 's1' };
    const boris = { id: 'u2', session: 's2' };
    const a = [1, 2, 3].map(() => connection(live, { ...anna }, ended));
    const b = [1, 2].map(() => connection(live, { ...boris }, ended));
    const asked = live.sessions();
    expect(asked.map(sessionKeyOf).sort()).toEqual([sessionKeyOf(anna), sessionKeyOf(boris)]);
    // a new session opens while the answer is awaited: not asked, so not ended
    const late = connection(live, { id: 'u3', session: 's3' }, ended);
    expect(live.endSessions(asked, new Set([sessionKeyOf(anna)]))).toBe(2);
    expect(ended).toEqual(b);
    expect([...live]).toEqual([...a, late]);
    expect(live.sessions().map(sessionKeyOf).sort()).toEqual([
      sessionKeyOf(anna),
      sessionKeyOf({ id: 'u3', session: 's3' }),
    ]);
  });

  it('forgets a session when its last socket leaves', () => {
    const live = new LiveConnections();
    const c = connection(live, { id: 'u1', session: 's1' }, []);
    live.delete(c);
    live.delete(c); // twice: nothing
    expect(live.sessions()).toEqual([]);
    expect([...live]).toEqual([]);
  });
});

describe('LiveConnections.canonical', () => {
  it('gives the principal a socket of the same session holds, when equal in every field', () => {
    const live = new LiveConnections();
    const held = { id: 'u1', session: 's1' };
    connection(live, held, []);
    expect(live.canonical({ id: 'u1', session: 's1' })).toBe(held);
    const other = { id: 'u1', session: 's2' };
    expect(live.canonical(other)).toBe(other);
    const more = { id: 'u1', session: 's1', role: 'x' } as Principal;
    expect(live.canonical(more)).toBe(more);
  });
});
