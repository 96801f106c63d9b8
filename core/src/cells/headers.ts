// The headers chairs write above each member field, in both locales; the first is the
// Russian header exports use. Matching folds case, ё/е and punctuation (cells/fold.ts).
import type { MemberField } from '../model/member.ts';

export const FIELD_HEADERS: Record<MemberField, readonly string[]> = {
  surname: ['Фамилия', 'Surname', 'Last name', 'Family name'],
  name: ['Имя', 'Name', 'First name', 'Given name'],
  patronymic: ['Отчество', 'Patronymic', 'Middle name'],
  birthDate: [
    'Дата рождения',
    'Д/р',
    'Дата рожд.',
    'Дата рожд',
    'Год рождения',
    'Birth date',
    'Date of birth',
    'Birthday',
    'DOB',
  ],
  gender: ['Пол', 'Пол (ж/м)', 'Пол (м/ж)', 'Gender', 'Sex'],
  position: ['Должность', 'Занимаемая должность', 'Position', 'Job title', 'Post'],
  category: ['Категория', 'Категория члена профсоюза', 'Category'],
  phone: ['Телефон', 'Тел', 'Тел.', 'Мобильный телефон', 'Phone', 'Telephone', 'Mobile'],
  email: ['E-mail', 'Эл. почта', 'Электронная почта', 'Почта', 'Email', 'Mail'],
  joinedDate: [
    'Дата вступления',
    'Дата вступления в профсоюз',
    'Вступил',
    'Joined',
    'Join date',
    'Date joined',
  ],
  cardNumber: [
    '№ билета',
    'Номер билета',
    '№ профбилета',
    'Номер профбилета',
    '№ профсоюзного билета',
    'Номер профсоюзного билета',
    'Профбилет',
    'Профбилет №',
    'Билет',
    'Card no',
    'Card number',
  ],
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

/** Headers of columns that hold no member field (row numbers): never mapped. */
export const IGNORED_HEADERS: readonly string[] = ['№', '№ п/п', 'N п/п', 'п/п', 'No', '#'];

/** Headers of one column holding the whole name: surname, name and patronymic. */
export const FULL_NAME_HEADERS: readonly string[] = [
  'ФИО',
  'Ф.И.О.',
  'Фамилия, имя, отчество',
  'Фамилия Имя Отчество',
  'Full name',
];
