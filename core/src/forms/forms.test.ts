import { describe, expect, it } from 'vitest';
import { aMember, aSnapshot } from '../../test/builders.ts';
import { composeForm } from './compose.ts';
import { formChecks, unexplained } from './form-checks.ts';
import { FORM_LINES, linesOf } from './form-lines.ts';
import { parseManualLines } from './manual-lines.ts';
import { gapCountsOf, orgFormFigures } from './org-figures.ts';

describe('form lines as data', () => {
  it('codes are unique and every referenced line exists', () => {
    const codes = FORM_LINES.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const l of FORM_LINES) {
      for (const c of [...(l.sumOf ?? []), l.notAbove, l.ratio?.num, l.ratio?.den]) {
        if (c !== undefined) expect(codes).toContain(c);
      }
    }
    expect(linesOf('5-SP').map((l) => l.code)).not.toContain('03');
    expect(linesOf('4-SP').map((l) => l.code)).toContain('03');
  });
});

describe('orgFormFigures and checks', () => {
  const snap = aSnapshot(
    [
      aMember({ id: 'a', joinedDate: '2020-01-01', gender: 'female', birthDate: '1995-05-05' }),
      aMember({ id: 'b', joinedDate: '2020-01-01', category: '', gender: 'male', birthDate: '' }),
      aMember({ id: 'c' }),
    ],
    { workersCount: '10', chairName: 'Иванова Анна', chairFullTime: 'no', electedBodySize: '5' },
  );
  const input = {
    level: 'primary',
    institutionType: 'preschool',
    profgroups: 2,
    snapshot: snap,
  } as const;

  it('counts the register as of the date and lists the members behind each gap', () => {
    const f = orgFormFigures(input, '2027-01-01');
    expect(f.values['03']).toBe(1);
    expect(f.values['05']).toBe(1);
    expect(f.values['09']).toBe(2);
    expect(f.values['11']).toBe(3);
    expect(f.values['12']).toBe(2);
    expect(f.values['15']).toBe(1);
    expect(f.values['16']).toBe(1);
    expect(f.values['34']).toBe(5);
    const byReason = Object.fromEntries(f.gaps.map((g) => [g.reason, g.memberIds]));
    expect(byReason['category']).toEqual(['b']);
    expect(byReason['undated']).toEqual(['c']);
    expect(byReason['gender']).toEqual(['c']);
    expect(gapCountsOf(f.gaps)['category']).toBe(1);
  });

  it('checks fail where lines do not add up, the balance is off or data lacks; explanations cover them', () => {
    const f = orgFormFigures(input, '2027-01-01');
    const values = composeForm({ own: f.values, manual: { '37': 1 } });
    expect(values['17']).toBe(20);
    const checks = formChecks({
      values,
      previousMembers: 5,
      gapCounts: gapCountsOf(f.gaps),
      gapMembers: { category: ['b'] },
    });
    const failing = checks.filter((c) => !c.ok).map((c) => c.id);
    expect(failing).toEqual(
      expect.arrayContaining(['sum:11', 'balance', 'gap:category', 'gap:undated']),
    );
    expect(checks.find((c) => c.id === 'gap:category')?.memberIds).toEqual(['b']);
    const explained = Object.fromEntries(failing.map((id) => [id, 'известно, уточняем']));
    expect(unexplained(checks, explained)).toEqual([]);
    expect(unexplained(checks, { ...explained, balance: ' ' }).map((c) => c.id)).toEqual([
      'balance',
    ]);
  });

  it('a consolidated form sums the subordinates and recomputes percentages', () => {
    const v = composeForm({
      own: { '02': 1 },
      manual: {},
      subordinates: [
        { '03': 1, '10': 10, '12': 5, '17': 50 },
        { '03': 1, '10': 30, '12': 15, '17': 50 },
      ],
    });
    expect(v['02']).toBe(1);
    expect(v['03']).toBe(2);
    expect(v['17']).toBe(50);
  });
});

describe('parseManualLines', () => {
  it('takes whole non-negative numbers on manual lines only; lines 35 and 36 come from the records', () => {
    expect(parseManualLines({ '37': 4 })).toEqual({ ok: true, values: { '37': 4 } });
    const bad = parseManualLines({ '11': 3, '35': 1, '36': 2, '37': 1.5 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.map((e) => e.code).sort()).toEqual(['11', '35', '36', '37']);
      expect(bad.errors.find((e) => e.code === '36')?.message.ru).toContain('не вносится вручную');
    }
    // Given the form's counted lines, a trained count above the commissioners is refused.
    const over = parseManualLines({ '37': 3 }, { '36': 2 });
    expect(over.ok).toBe(false);
    if (!over.ok)
      expect(over.errors[0]?.message.ru).toBe('Строка 37 не может быть больше строки 36');
    expect(parseManualLines({ '37': 2 }, { '36': 2 }).ok).toBe(true);
  });

  it('a trained count above the commissioners counted from the records fails the form check', () => {
    const values = composeForm({ own: { '36': 2 }, manual: { '37': 3 } });
    const check = formChecks({ values, previousMembers: null, gapCounts: {} }).find(
      (c) => c.id === 'not-above:37',
    );
    expect(check).toMatchObject({ ok: false, lines: ['37', '36'] });
  });
});
