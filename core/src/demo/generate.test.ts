// The demo generator: deterministic, plausible, and with a little deliberate mess.
import { describe, expect, it } from 'vitest';
import { validateMember } from '../validation/member.ts';
import { ageAt } from '../cells/dates.ts';
import { passportCompleteness, validatePassportField } from '../validation/passport.ts';
import { emptyPassport } from '../model/passport.ts';
import { emptyMember } from '../model/member.ts';
import type { MemberRecord } from '../model/member.ts';
import { generateDemoRegistry } from './generate.ts';
import { feminineSurname } from './names.ts';
import type { DemoInstitution } from './organizations.ts';

const institutions: DemoInstitution[] = [
  ...Array.from({ length: 47 }, (_, i): DemoInstitution => ({
    id: `school-${i}`,
    name: `Школа № ${i}`,
    category: 'school',
  })),
  ...Array.from({ length: 70 }, (_, i): DemoInstitution => ({
    id: `preschool-${i}`,
    name: `Детский сад № ${i}`,
    category: 'preschool',
  })),
  { id: 'regional-1', name: 'ОГАПОУ «Белгородский строительный колледж»', category: 'regional' },
];
const today = '2026-09-01';

function record(id: string, fields: Partial<MemberRecord>): MemberRecord {
  return { ...emptyMember(id), ...fields };
}

describe('generateDemoRegistry', () => {
  const demo = generateDemoRegistry({ institutions, today });
  const all = demo.primaries.flatMap((p) => p.members.map((m) => ({ p, m })));

  it('is deterministic for a seed', () => {
    expect(generateDemoRegistry({ institutions, today })).toEqual(demo);
    expect(generateDemoRegistry({ institutions, today, seed: 7 })).not.toEqual(demo);
  });

  it('builds central → region → city → primaries', () => {
    expect(demo.organizations.slice(0, 3).map((o) => o.level)).toEqual([
      'central',
      'regional',
      'local',
    ]);
    expect(demo.organizations.filter((o) => o.level === 'primary')).toHaveLength(
      institutions.length,
    );
  });

  it('gives schools 120–160 and preschools 50–70 members, mostly women', () => {
    for (const p of demo.primaries) {
      if (p.orgId.startsWith('school')) expect(p.members.length).toBeGreaterThanOrEqual(120);
      if (p.orgId.startsWith('preschool')) expect(p.members.length).toBeLessThanOrEqual(70);
    }
    const women = all.filter(({ m }) => m.fields.gender === 'female').length;
    expect(women / all.length).toBeGreaterThan(0.8);
  });

  it('uses gendered surname and patronymic forms', () => {
    expect(feminineSurname('Иванов')).toBe('Иванова');
    expect(feminineSurname('Островский')).toBe('Островская');
    expect(feminineSurname('Шевченко')).toBe('Шевченко');
    for (const { m } of all.slice(0, 2000)) {
      const patronymic = m.fields.patronymic ?? '';
      if (m.fields.gender === 'female') expect(patronymic).toMatch(/(на|ична)$/);
      else expect(patronymic).toMatch(/(ич)$/);
    }
  });

  it('has students only in colleges, and a few deliberately invalid members', () => {
    const students = all.filter(({ m }) => m.fields.category === 'student');
    expect(students.length).toBeGreaterThan(0);
    expect(students.every(({ p }) => p.orgId === 'regional-1')).toBe(true);
    const invalid = all.filter(
      ({ m }) => Object.keys(validateMember(record(m.id, m.fields), { today })).length > 0,
    );
    expect(invalid.length).toBeGreaterThan(0);
    expect(invalid.length).toBeLessThan(all.length * 0.01);
  });

  it('fills most passports completely and leaves a few incomplete', () => {
    const percents = demo.primaries.map(
      (p) => passportCompleteness({ ...emptyPassport(), ...p.passport }).percent,
    );
    const incomplete = percents.filter((x) => x < 100).length;
    expect(incomplete).toBeGreaterThan(0);
    expect(incomplete).toBeLessThan(demo.primaries.length / 4);
  });

  it('fills the chair and elected-body fields validly for most primaries, not all', () => {
    const fields = ['chairGender', 'chairBirthDate', 'chairFullTime', 'electedBodySize'] as const;
    const filled = demo.primaries.filter((p) =>
      fields.every((f) => {
        const v = p.passport[f] ?? '';
        return v !== '' && validatePassportField(f, v).ok;
      }),
    );
    const empty = demo.primaries.filter((p) => fields.every((f) => (p.passport[f] ?? '') === ''));
    expect(filled.length + empty.length).toBe(demo.primaries.length);
    expect(empty.length).toBeGreaterThan(0);
    expect(filled.length).toBeGreaterThan(demo.primaries.length * 0.75);
    const ages = filled.map((p) => ageAt(p.passport.chairBirthDate ?? '', today) ?? -1);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(24);
    expect(Math.max(...ages)).toBeLessThanOrEqual(64);
    expect(filled.some((p) => p.passport.chairFullTime === 'yes')).toBe(true);
    expect(filled.some((p) => p.passport.chairGender === 'male')).toBe(true);
  });
});
