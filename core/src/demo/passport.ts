// A plausible passport for a demo primary organization: address in Belgorod, phones,
// head and chair (synthetic people), workers a bit above the member count. About one
// organization in twelve leaves a required field empty, so monitoring (R9) has work.
// The chair's gender, birth date (24–64 years old), full-time status (about one in six)
// and the profkom's size (3–15, growing with the membership) are filled for about eleven
// organizations in twelve; the rest have not filled these newer fields in yet, so the
// report's chair lines keep a few «нет данных по N орг.» and monitoring lists them.
// They are drawn after everything else, so the older fields stay as they were.
import type { PassportField } from '../model/passport.ts';
import type { InstitutionType } from '../model/organization.ts';
import { addDays, addYears } from './dates.ts';
import { fullName, randomPersonName, transliterate } from './names.ts';
import type { DemoInstitution } from './organizations.ts';
import { chance, digits, intBetween, pick } from './random.ts';
import type { Random } from './random.ts';

const STREETS = [
  'ул. Победы',
  'Народный бульвар',
  'ул. Щорса',
  'ул. Костюкова',
  'ул. Губкина',
  'пр-т Богдана Хмельницкого',
  'ул. Попова',
  'ул. Садовая',
  'ул. Октябрьская',
  'ул. Мичурина',
  'ул. Преображенская',
  'ул. Чумичова',
  'ул. Есенина',
  'ул. Шаландина',
  'ул. Конева',
  'ул. Королёва',
  'ул. Гагарина',
  'ул. Студенческая',
  'пр-т Славы',
  'ул. Магистральная',
];

const INCOMPLETE_FIELDS: readonly PassportField[] = [
  'chairPhone',
  'workersCount',
  'address',
  'headName',
];

export function demoPassport(
  random: Random,
  institution: DemoInstitution,
  institutionType: InstitutionType,
  memberCount: number,
  today: string,
): Partial<Record<PassportField, string>> {
  const head = randomPersonName(random, chance(random, 0.8) ? 'female' : 'male');
  const chairGender = chance(random, 0.9) ? 'female' : 'male';
  const chair = randomPersonName(random, chairGender);
  const workers = memberCount + Math.max(2, Math.round(memberCount * (0.05 + random() * 0.2)));
  const passport: Partial<Record<PassportField, string>> = {
    fullName: institution.name,
    shortName: institution.name,
    institutionType,
    address: `308${digits(random, 3)}, г. Белгород, ${pick(random, STREETS)}, д. ${intBetween(random, 1, 120)}`,
    phone: `+7 (4722) ${digits(random, 2)}-${digits(random, 2)}-${digits(random, 2)}`,
    email: `${transliterate(institution.id)}@example.ru`,
    headName: fullName(head),
    workersCount: String(workers),
    chairName: fullName(chair),
    chairPhone: `+7 9${digits(random, 2)} ${digits(random, 3)}-${digits(random, 2)}-${digits(random, 2)}`,
    chairEmail: chance(random, 0.7) ? `${transliterate(chair.surname)}.ppo@example.ru` : '',
    electedBody: 'Профсоюзный комитет',
  };
  if (chance(random, 0.08)) passport[pick(random, INCOMPLETE_FIELDS)] = '';
  const age = intBetween(random, 24, 64);
  const birthDate = addDays(addYears(today, -age - 1), intBetween(random, 1, 364));
  const fullTime = chance(random, 0.15);
  const bodySize = Math.min(15, 3 + Math.round(memberCount / 12) + intBetween(random, 0, 2));
  if (chance(random, 0.92)) {
    passport.chairGender = chairGender;
    passport.chairBirthDate = birthDate;
    passport.chairFullTime = fullTime ? 'yes' : 'no';
    passport.electedBodySize = String(bodySize);
  }
  return passport;
}
