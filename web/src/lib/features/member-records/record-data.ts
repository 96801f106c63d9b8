// What the printed records say, from the member's record in the organization's document:
// fields worded in Russian (the documents are Russian), the dated enrolment and removal
// records, and the union posts the member holds or held in this organization.
import { formatRuDate } from '@profgrid/core';
import type { MemberRecord, MembershipEvent } from '@profgrid/core';
import { POSITION_LABELS } from '@profgrid/core/positions';
import type { PositionRecord } from '@profgrid/core/positions';
import type { ApplicationData, RegistrationCardData } from './record-sheets.ts';

export const UNION_NAME = 'Общероссийский Профсоюз образования';
const UNION_GENITIVE = 'Общероссийского Профсоюза образования';

const GENDER: Record<string, string> = { female: 'женский', male: 'мужской' };
const CATEGORY: Record<string, string> = {
  working: 'работающий',
  student: 'студент',
  pensioner: 'неработающий пенсионер',
};
const REASON: Record<string, string> = {
  'own-will': 'по собственному желанию',
  retired: 'выход на пенсию',
  dismissed: 'увольнение',
  transferred: 'перевод в другую организацию',
  deceased: 'смерть',
  expelled: 'исключение',
  other: 'другое',
};
const CONSENT: Record<string, string> = { written: 'письменно', electronic: 'электронно' };

export const fullNameOf = (m: Pick<MemberRecord, 'surname' | 'name' | 'patronymic'>) =>
  [m.surname, m.name, m.patronymic]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ');

const date = (v: string) => (v ? formatRuDate(v) : '');

export function registrationCard(
  m: MemberRecord,
  orgName: string,
  events: readonly MembershipEvent[],
  positions: readonly PositionRecord[],
  today: string,
): RegistrationCardData {
  const consent = m.consentDate
    ? `${date(m.consentDate)}${m.consentForm ? `, ${CONSENT[m.consentForm] ?? m.consentForm}` : ''}`
    : '';
  const movements = events
    .filter((e) => e.memberId === m.id)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) =>
      e.type === 'joined'
        ? `${date(e.date)} — поставлен(а) на учёт`
        : `${date(e.date)} — снят(а) с учёта: ${REASON[e.reason] ?? e.reason}`,
    );
  if (movements.length === 0 && m.joinedDate) {
    movements.push(`${date(m.joinedDate)} — вступление в Профсоюз`);
  }
  const posts = positions
    .filter((p) => p.holder.memberId === m.id)
    .map((p) => {
      const term = `с ${date(p.start)}${p.ended ? ` по ${date(p.ended)}` : p.termEnd ? `, срок до ${date(p.termEnd)}` : ''}`;
      return `${POSITION_LABELS[p.role].ru}, ${term}`;
    });
  return {
    union: UNION_NAME,
    orgName,
    fullName: fullNameOf(m),
    rows: [
      { label: 'Дата рождения', value: date(m.birthDate) },
      { label: 'Пол', value: GENDER[m.gender] ?? m.gender },
      { label: 'Должность (место работы, учёбы)', value: m.position },
      { label: 'Категория', value: CATEGORY[m.category] ?? m.category },
      { label: 'Дата вступления в Профсоюз', value: date(m.joinedDate) },
      { label: 'Номер профсоюзного билета', value: m.cardNumber },
      { label: 'Телефон', value: m.phone },
      { label: 'Электронная почта', value: m.email },
      { label: 'Согласие на обработку персональных данных', value: consent },
      { label: 'Состоит на учёте', value: m.status === 'left' ? 'снят(а) с учёта' : 'да' },
    ],
    movements,
    posts,
    today,
  };
}

export function application(m: MemberRecord, orgName: string): ApplicationData {
  return {
    union: UNION_NAME,
    unionGenitive: UNION_GENITIVE,
    orgName,
    fullName: fullNameOf(m),
    position: m.position,
    birthDate: m.birthDate,
    phone: m.phone,
    email: m.email,
    date: m.joinedDate,
  };
}
