// The cluster-event frame codec: what one instance sends, another reads back unchanged;
// anything else from the channel (not JSON, unknown kinds, a summary with fields missing
// or not numbers, a malformed date) is refused, so a bad frame never reaches the caches.
import { describe, expect, it } from 'vitest';
import { EMPTY_SUMMARY } from '@profgrid/core';
import { decodeClusterFrame, encodeClusterFrame } from './cluster-events.ts';
import type { ClusterEvent } from './cluster-events.ts';

const summary = { ...EMPTY_SUMMARY, orgs: 1, membersTotal: 42, women: 30 };

describe('cluster event frames', () => {
  it('round-trips every kind with its sender', () => {
    const events: ClusterEvent[] = [
      { kind: 'tree' },
      { kind: 'sessions' },
      { kind: 'access', userId: 'u-1' },
      { kind: 'rollup', orgId: 'school-004', summary, referenceDate: '2026-11-24', version: 17 },
    ];
    for (const event of events) {
      expect(decodeClusterFrame(encodeClusterFrame('inst-a', event))).toEqual({
        from: 'inst-a',
        event,
      });
    }
  });

  it('refuses frames that are not well-formed events', () => {
    const frame = (event: unknown) => JSON.stringify({ from: 'x', event });
    const { missing: _missing, ...withoutMissing } = summary;
    const bad = [
      'not json',
      '[]',
      JSON.stringify({ event: { kind: 'tree' } }), // no sender
      frame({ kind: 'reboot' }),
      frame({ kind: 'access' }),
      frame({ kind: 'access', userId: 7 }),
      frame({ kind: 'rollup', orgId: 'a', summary, referenceDate: '24.11.2026', version: 1 }),
      frame({ kind: 'rollup', orgId: 'a', summary, referenceDate: '2026-11-24' }), // no version
      frame({ kind: 'rollup', orgId: 'a', summary, referenceDate: '2026-11-24', version: -1 }),
      frame({ kind: 'rollup', orgId: 'a', summary, referenceDate: '2026-11-24', version: 1.5 }),
      frame({ kind: 'rollup', orgId: 'a', summary: withoutMissing, referenceDate: '2026-11-24' }),
      frame({
        kind: 'rollup',
        orgId: 'a',
        summary: { ...summary, membersTotal: '42' },
        referenceDate: '2026-11-24',
      }),
      frame({ kind: 'rollup', orgId: 'a', summary: null, referenceDate: '2026-11-24' }),
    ];
    for (const text of bad) expect(decodeClusterFrame(text)).toBeNull();
  });
});
