// Synthetic members of one primary organization: gendered names, ages 19–70, positions
// that fit the institution, mostly working members (students in colleges, some
// non-working pensioners), synthetic phones and e-mails, all on the register. About one
// member in 400 carries a deliberately invalid value so validation has something to show.
import type { Category, Gender, MemberField } from '../model/member.ts';
import { randomPersonName, transliterate } from './names.ts';
import type { DemoInstitution } from './organizations.ts';
import { hasStudents } from './organizations.ts';
import { chance, digits, intBetween, pick } from './random.ts';
import type { Random } from './random.ts';
import { addDays, addYears } from './dates.ts';
import { POSITIONS, STUDENT_POSITION } from './positions.ts';

export interface DemoMember {
  readonly id: string;
  readonly fields: Readonly<Partial<Record<MemberField, string>>>;
}

const MEMBER_RANGE: Record<DemoInstitution['category'], readonly [number, number]> = {
  school: [120, 160],
  preschool: [50, 70],
  additional: [70, 110],
  culture: [60, 90],
  regional: [120, 200],
};

const FEMALE_SHARE: Record<DemoInstitution['category'], number> = {
  school: 0.85,
  preschool: 0.97,
  additional: 0.65,
  culture: 0.8,
  regional: 0.7,
};

const INVALID_VALUES: readonly (readonly [MemberField, string])[] = [
  ['phone', '8-900-12'],
  ['phone', 'нет'],
  ['email', 'ivanova@mail'],
  ['birthDate', '31.02.1980'],
  ['category', 'работает'],
  ['joinedDate', '2019-13-01'],
];

export function demoMemberCount(random: Random, institution: DemoInstitution): number {
  const [min, max] = MEMBER_RANGE[institution.category];
  return intBetween(random, min, max);
}

function category(random: Random, students: boolean): Category {
  if (students && chance(random, 0.22)) return 'student';
  return chance(random, 0.05) ? 'pensioner' : 'working';
}

function age(random: Random, cat: Category): number {
  if (cat === 'student') return intBetween(random, 19, 22);
  if (cat === 'pensioner') return intBetween(random, 60, 70);
  return random() < 0.25 ? intBetween(random, 22, 35) : intBetween(random, 36, 66);
}

export function demoMember(
  random: Random,
  institution: DemoInstitution,
  index: number,
  today: string,
): DemoMember {
  const gender: Gender = chance(random, FEMALE_SHARE[institution.category]) ? 'female' : 'male';
  const person = randomPersonName(random, gender);
  const cat = category(random, hasStudents(institution));
  const years = age(random, cat);
  const birthDate = addDays(addYears(today, -years - 1), intBetween(random, 1, 364));
  const workYears = Math.max(0, Math.min(years - 19, 40));
  const joinedDate = addDays(
    addYears(today, -intBetween(random, 0, workYears)),
    -intBetween(random, 0, 300),
  );
  const fields: Partial<Record<MemberField, string>> = {
    ...person,
    gender,
    birthDate,
    category: cat,
    position:
      cat === 'student'
        ? STUDENT_POSITION
        : cat === 'pensioner'
          ? ''
          : pick(random, POSITIONS[institution.category]),
    phone: `+7 9${digits(random, 2)} ${digits(random, 3)}-${digits(random, 2)}-${digits(random, 2)}`,
    email: chance(random, 0.6)
      ? `${transliterate(person.surname)}.${digits(random, 3)}@example.ru`
      : '',
    joinedDate: joinedDate > birthDate ? joinedDate : today,
    status: 'active',
  };
  if (chance(random, 0.0025)) {
    const [field, value] = pick(random, INVALID_VALUES);
    fields[field] = value;
  }
  return { id: `${institution.id}-m${String(index + 1).padStart(4, '0')}`, fields };
}
