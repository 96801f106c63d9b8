import { describe, expect, it } from 'vitest';
import {
  parseEditCampaignRequest,
  parseFullReportRequest,
  parseOpenCampaignRequest,
  parseReviewStatformRequest,
  parseSaveStatformRequest,
} from './statform-requests.ts';

/** The field a refusal names ('' when it names none), or null when the body was taken. */
const field = (r: { ok: boolean; field?: string }) => (r.ok ? null : (r.field ?? ''));

describe('statistical form request bodies', () => {
  it('opening a campaign: two dates, the deadline not before the date, a short title', () => {
    expect(parseOpenCampaignRequest({ asOf: '2027-01-01', deadline: '2027-01-20' })).toEqual({
      ok: true,
      value: { asOf: '2027-01-01', deadline: '2027-01-20', title: '' },
    });
    const good = { asOf: '2027-01-01', deadline: '2027-01-20', title: '  4-СП  ' };
    expect(parseOpenCampaignRequest(good)).toMatchObject({ ok: true, value: { title: '4-СП' } });
    expect(field(parseOpenCampaignRequest({ ...good, asOf: '01.01.2027' }))).toBe('asOf');
    expect(field(parseOpenCampaignRequest({ ...good, deadline: '2026-12-31' }))).toBe('deadline');
    expect(field(parseOpenCampaignRequest({ ...good, title: 'x'.repeat(201) }))).toBe('title');
    expect(field(parseOpenCampaignRequest(undefined))).toBe('asOf');
  });

  it('editing a campaign keeps what is not given and checks the deadline against the result', () => {
    const current = { asOf: '2027-01-01', deadline: '2027-01-20', title: 'Отчёт' };
    expect(parseEditCampaignRequest({ closed: true }, current)).toEqual({
      ok: true,
      value: { ...current, closed: true },
    });
    expect(field(parseEditCampaignRequest({ asOf: '2027-02-01' }, current))).toBe('deadline');
    expect(field(parseEditCampaignRequest({ closed: 'yes' }, current))).toBe('closed');
    expect(field(parseEditCampaignRequest([], current))).toBe('');
  });

  it('a draft or a hand-in: known manual lines as whole numbers, short explanations', () => {
    expect(parseSaveStatformRequest({})).toEqual({
      ok: true,
      value: { manual: {}, explanations: {} },
    });
    expect(field(parseSaveStatformRequest({ manual: { '999': 1 } }))).toBe('manual');
    expect(field(parseSaveStatformRequest({ explanations: { a: 5 } }))).toBe('explanations');
    expect(parseSaveStatformRequest({ explanations: { a: '  да ', b: ' ' } })).toMatchObject({
      ok: true,
      value: { explanations: { a: 'да' } },
    });
    expect(field(parseSaveStatformRequest('x'))).toBe('');
  });

  it('a review: a return needs a comment, an acceptance does not', () => {
    expect(parseReviewStatformRequest(undefined, 'accept')).toEqual({
      ok: true,
      value: { comment: '' },
    });
    expect(field(parseReviewStatformRequest({ comment: ' ок ' }, 'return'))).toBe('comment');
    expect(parseReviewStatformRequest({ comment: ' нет строки 3 ' }, 'return')).toEqual({
      ok: true,
      value: { comment: 'нет строки 3' },
    });
    expect(field(parseReviewStatformRequest({ comment: 7 }, 'accept'))).toBe('comment');
  });

  it('a full report needs a reason of 5 to 500 characters', () => {
    expect(parseFullReportRequest({ reason: '  проверка  ' })).toEqual({
      ok: true,
      value: { reason: 'проверка' },
    });
    for (const bad of [{ reason: '  abc ' }, { reason: 'x'.repeat(501) }, {}, null]) {
      expect(field(parseFullReportRequest(bad))).toBe('reason');
    }
  });
});
