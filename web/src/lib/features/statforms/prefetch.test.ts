import { afterEach, describe, expect, it } from 'vitest';
import { linesOf } from '@profgrid/core';
import type { Statform } from '@profgrid/core';
import { prefetchStatform, takePrefetched } from './prefetch.ts';
import { statformPath } from './statforms-api.ts';

const form: Statform = {
  orgId: 'city',
  orgName: 'Городская организация',
  details: null,
  kind: '4-SP',
  asOf: '2027-01-01',
  period: { from: '2026-01-02', to: '2027-01-01' },
  campaign: null,
  state: 'draft',
  frozen: false,
  lines: linesOf('4-SP').map((l) => ({
    code: l.code,
    label: l.label.ru,
    value: l.code === '11' ? 15272 : 0,
    source: l.source === 'manual' ? 'manual' : 'consolidated',
    previous: null,
  })),
  manual: {},
  checks: [],
  previousAsOf: null,
  previousAccepted: false,
  explanations: {},
  gapCounts: {},
  handedInBy: null,
  handedInAt: null,
  reviewedBy: null,
  reviewedAt: null,
  comment: '',
  canEdit: true,
  canReview: false,
  subordinates: [],
};

const w = globalThis as { pgEarlyForm?: unknown };
const early = (path: string, res: Response) => {
  w.pgEarlyForm = { path, response: Promise.resolve(res) };
};
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  delete w.pgEarlyForm;
});

describe('prefetchStatform', () => {
  it("takes the request app.html sent for this form's address, once", async () => {
    early(statformPath('city', '2027-01-01'), json(form));
    prefetchStatform('city', '2027-01-01');
    expect(w.pgEarlyForm).toBeUndefined();
    const res = await takePrefetched('city', '2027-01-01');
    expect(res?.ok && res.value.lines.find((l) => l.code === '11')?.value).toBe(15272);
    expect(takePrefetched('city', '2027-01-01')).toBeNull();
  });

  it('app.html builds the address the api client asks', () => {
    // The inline script's template: `/api/orgs/${id}/statforms?asOf=${date}`.
    expect(statformPath('br-0_1', '2027-01-01')).toBe('/api/orgs/br-0_1/statforms?asOf=2027-01-01');
  });

  it('drops an early request for another form and asks for this one', async () => {
    early(statformPath('other', '2027-01-01'), json(form));
    prefetchStatform('city', '2027-01-01');
    expect(w.pgEarlyForm).toBeUndefined();
    // No relay in a unit test: the request of its own fails as a network failure.
    const res = await takePrefetched('city', '2027-01-01');
    expect(res).toEqual({ ok: false, error: { kind: 'network' } });
  });

  it('asks again the usual way when the early answer is a refusal (the session listener hears it)', async () => {
    early(
      statformPath('city', '2027-01-01'),
      json({ error: { code: 'unauthenticated', message: '' } }, 401),
    );
    prefetchStatform('city', '2027-01-01');
    const res = await takePrefetched('city', '2027-01-01');
    expect(res).toEqual({ ok: false, error: { kind: 'network' } });
  });

  it('a body the parser refuses is reported as malformed, not asked again', async () => {
    early(statformPath('city', '2027-01-01'), json({ nonsense: true }));
    prefetchStatform('city', '2027-01-01');
    const res = await takePrefetched('city', '2027-01-01');
    expect(res).toEqual({ ok: false, error: { kind: 'malformed', status: 200 } });
  });
});
