import { describe, expect, it } from 'vitest';
import { emptyMember } from '@profgrid/core';
import type { PositionRecord } from '@profgrid/core/positions';
import { application, registrationCard } from './record-data.ts';
import { applicationHtml, registrationCardHtml } from './record-sheets.ts';

const member = {
  ...emptyMember('m1'),
  surname: 'Иванова',
  name: 'Анна',
  patronymic: '<Сергеевна>',
  birthDate: '1988-07-14',
  joinedDate: '2015-09-01',
  status: 'left',
};
const post: PositionRecord = {
  id: 'p1',
  role: 'committee',
  holder: { orgId: 'school-004', memberId: 'm1', name: 'Иванова' },
  start: '2020-03-01',
  termEnd: '2025-03-01',
  ended: '2024-01-10',
  basis: '',
  author: '',
  recordedAt: '',
};

describe('printed member records', () => {
  it('fills the registration card from the record: dates, removals, posts; text escaped', () => {
    const events = [
      {
        id: 'e1',
        type: 'joined' as const,
        memberId: 'm1',
        date: '2015-09-01',
        reason: '',
        author: '',
        recordedAt: '',
      },
      {
        id: 'e2',
        type: 'left' as const,
        memberId: 'm1',
        date: '2024-06-30',
        reason: 'retired',
        author: '',
        recordedAt: '',
      },
      {
        id: 'e3',
        type: 'left' as const,
        memberId: 'other',
        date: '2024-06-30',
        reason: 'other',
        author: '',
        recordedAt: '',
      },
    ];
    const data = registrationCard(member, 'Школа № 4', events, [post], '2026-12-04');
    expect(data.movements).toEqual([
      '01.09.2015 — поставлен(а) на учёт',
      '30.06.2024 — снят(а) с учёта: выход на пенсию',
    ]);
    expect(data.posts).toEqual(['Член профкома (комитета), с 01.03.2020 по 10.01.2024']);
    const html = registrationCardHtml(data);
    expect(html).toContain('@page { size: A4 portrait');
    expect(html).toContain('Иванова Анна &#60;Сергеевна&#62;');
    expect(html).not.toContain('<Сергеевна>');
    expect(html).toContain('14.07.1988');
  });

  it('leaves blank lines for what the record lacks in the application', () => {
    const html = applicationHtml(
      application({ ...member, joinedDate: '', phone: '' }, 'Школа № 4'),
    );
    expect(html).toContain('в члены Общероссийского Профсоюза образования');
    expect(html).toContain('«____» ______________ 20___ г.');
    expect(html).toMatch(/Телефон<\/td><td><span class="blank"/);
  });
});
