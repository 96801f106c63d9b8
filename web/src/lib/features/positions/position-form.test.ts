import { describe, expect, it } from 'vitest';
import { emptyMember } from '@profgrid/core';
import { ru } from '../../i18n/dictionary.ts';
import type { MessageKey } from '../../i18n/dictionary.ts';
import { holderNote } from './holder-note.ts';

const tr = (key: MessageKey, params: Record<string, string> = {}) =>
  ru[key].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
import { buildPosition, emptyDraft } from './position-form.ts';

const ctx = {
  orgId: 'belgorod-city',
  member: (id: string) =>
    id === 'own-1'
      ? { ...emptyMember('own-1'), surname: 'Городова', name: 'Галина', patronymic: 'Петровна' }
      : undefined,
  id: 'p1',
  author: 'city',
  now: '2026-12-04T00:00:00Z',
};
const dates = { start: '01.11.2024', termEnd: '01.11.2029' };

describe('the «add a post» form', () => {
  it('takes an own member by id with the registered name', () => {
    const r = buildPosition({ ...emptyDraft('chair'), memberId: 'own-1', ...dates }, ctx);
    expect(r.ok && r.record.holder).toEqual({
      orgId: 'belgorod-city',
      memberId: 'own-1',
      name: 'Городова Галина Петровна',
    });
  });

  it('holds a person of another organization by the member id the register answered', () => {
    const typed = { ...emptyDraft('chair'), name: 'семенова анна', ...dates };
    expect(buildPosition(typed, ctx)).toEqual({ ok: false, error: 'org-required' });
    const withOrg = { ...typed, holderOrgId: 'school-005' };
    expect(buildPosition(withOrg, ctx)).toEqual({ ok: false, error: 'holder-required' });
    const found = { ...withOrg, holderMemberId: 'm-77', holderMatchedName: 'Семёнова Анна' };
    const r = buildPosition(found, ctx);
    expect(r.ok && r.record).toMatchObject({
      holder: { orgId: 'school-005', memberId: 'm-77', name: 'Семёнова Анна' },
      start: '2024-11-01',
      termEnd: '2029-11-01',
    });
  });

  it('words the holder’s state: removed with its reason, transferred, not linked', () => {
    const base = { name: 'А', date: '2026-02-01', reason: '', toOrgName: '' };
    expect(holderNote({ ...base, state: 'on-register' }, tr)).toBe('');
    expect(holderNote({ ...base, state: 'removed', reason: 'retired' }, tr)).toBe(
      'снят(а) с учёта 01.02.2026 (выход на пенсию)',
    );
    expect(holderNote({ ...base, state: 'transferred', toOrgName: 'Школа № 5' }, tr)).toBe(
      'переведён(а) в «Школа № 5» 01.02.2026',
    );
    expect(holderNote('unlinked', tr)).toBe('не связан(а) с записью реестра');
  });
});
