// The words an imported or exported sheet uses: column headers and choice labels in Russian
// and English. Matching folds case, ё→е and punctuation, so «Эл. почта», «E-MAIL» and «email»
// are one header. Exports use the first Russian spelling of each.
import type { MemberField } from '../model/member.ts';

/** Folds a header or label for matching: lower case, ё→е, no punctuation, single spaces. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Header spellings per field; the first is the Russian export header. */
export const FIELD_HEADERS: Record<MemberField, readonly string[]> = {
  surname: ['Фамилия', 'Surname', 'Last name', 'Family name'],
  name: ['Имя', 'Name', 'First name', 'Given name'],
  patronymic: ['Отчество', 'Patronymic', 'Middle name'],
  birthDate: ['Дата рождения', 'Д/р', 'Birth date', 'Date of birth', 'Birthday', 'DOB'],
  gender: ['Пол', 'Gender', 'Sex'],
  position: ['Должность', 'Position', 'Job title', 'Post'],
  category: ['Категория', 'Category'],
  phone: ['Телефон', 'Тел', 'Мобильный телефон', 'Phone', 'Telephone', 'Mobile'],
  email: ['E-mail', 'Эл. почта', 'Электронная почта', 'Почта', 'Email', 'Mail'],
  joinedDate: ['Дата вступления', 'Вступил', 'Joined', 'Join date', 'Date joined'],
  cardNumber: ['№ билета', 'Номер билета', 'Профбилет', 'Билет', 'Card no', 'Card number'],
  status: ['Статус', 'Status'],
  consentDate: [
    'Согласие на обработку ПДн',
    'Согласие',
    'Дата согласия',
    'Consent',
    'Consent date',
  ],
  consentForm: ['Форма согласия', 'Consent form'],
  notes: ['Примечания', 'Примечание', 'Комментарий', 'Notes', 'Note', 'Comment'],
};

/** Choice labels per code; the first is the Russian export label. */
export const CHOICE_LABELS: Partial<Record<MemberField, Record<string, readonly string[]>>> = {
  gender: {
    female: ['женский', 'ж', 'жен', 'женщина', 'female', 'f', 'w', 'woman'],
    male: ['мужской', 'м', 'муж', 'мужчина', 'male', 'm', 'man'],
  },
  category: {
    working: ['работающий', 'работающая', 'работник', 'working', 'employee', 'worker'],
    student: ['студент', 'студентка', 'обучающийся', 'student'],
    pensioner: ['неработающий пенсионер', 'пенсионер', 'пенсионерка', 'pensioner', 'retired'],
  },
  status: {
    active: ['состоит на учёте', 'состоит', 'на учёте', 'активен', 'active', 'on the register'],
    left: ['снят с учёта', 'снят', 'выбыл', 'left', 'removed'],
  },
  consentForm: {
    written: ['письменное', 'письменно', 'на бумаге', 'written', 'paper'],
    electronic: ['электронное', 'электронно', 'electronic', 'online'],
  },
};

const CHOICE_INDEX = new Map<MemberField, Map<string, string>>();
for (const [field, codes] of Object.entries(CHOICE_LABELS)) {
  const index = new Map<string, string>();
  for (const [code, labels] of Object.entries(codes)) {
    index.set(foldText(code), code);
    for (const label of labels) index.set(foldText(label), code);
  }
  CHOICE_INDEX.set(field as MemberField, index);
}

/** The code a label names, or null when it names none. */
export function choiceCode(field: MemberField, label: string): string | null {
  return CHOICE_INDEX.get(field)?.get(foldText(label)) ?? null;
}

/** The Russian label of a code, or the code itself when unknown. */
export function choiceLabelRu(field: MemberField, code: string): string {
  return CHOICE_LABELS[field]?.[code]?.[0] ?? code;
}
