// Synthetic Russian names with correct gendered forms. Surnames are common ones of the
// Belgorod region; combinations are random, so no record describes a real person.
import type { Gender } from '../model/member.ts';
import { pick } from './random.ts';
import type { Random } from './random.ts';

const SURNAMES = [
  'Иванов',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Петров',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
  'Егоров',
  'Павлов',
  'Козлов',
  'Степанов',
  'Николаев',
  'Орлов',
  'Андреев',
  'Макаров',
  'Никитин',
  'Захаров',
  'Зайцев',
  'Соловьёв',
  'Борисов',
  'Яковлев',
  'Григорьев',
  'Романов',
  'Воробьёв',
  'Сергеев',
  'Кудрявцев',
  'Белоусов',
  'Тарасов',
  'Беляев',
  'Комаров',
  'Киселёв',
  'Ильин',
  'Гусев',
  'Титов',
  'Кузьмин',
  'Сорокин',
  'Фомин',
  'Дьяченко',
  'Шевченко',
  'Коваленко',
  'Бондаренко',
  'Ткаченко',
  'Кравченко',
  'Литвиненко',
  'Савченко',
  'Руденко',
  'Котляров',
  'Черкашин',
  'Пономарёв',
  'Рыжков',
  'Чернов',
  'Белевцев',
  'Польский',
  'Жуковский',
  'Островский',
  'Белецкий',
  'Медведев',
  'Ермаков',
  'Гребенников',
  'Шаповалов',
  'Колесников',
  'Мартыненко',
  'Проскурин',
  'Чуев',
  'Кулабухов',
  'Пахомов',
  'Рязанцев',
  'Щербаков',
];

const FEMALE_NAMES = [
  'Анна',
  'Елена',
  'Ольга',
  'Наталья',
  'Татьяна',
  'Ирина',
  'Светлана',
  'Мария',
  'Екатерина',
  'Юлия',
  'Людмила',
  'Галина',
  'Марина',
  'Надежда',
  'Валентина',
  'Оксана',
  'Лариса',
  'Любовь',
  'Виктория',
  'Анастасия',
  'Дарья',
  'Алина',
  'Ксения',
  'Вера',
  'Инна',
  'Жанна',
  'Евгения',
  'Нина',
  'Лилия',
  'Полина',
  'Софья',
  'Яна',
];

/** Male first name with the patronymics it gives: [name, son's, daughter's]. */
const MALE_NAMES: readonly (readonly [string, string, string])[] = [
  ['Александр', 'Александрович', 'Александровна'],
  ['Сергей', 'Сергеевич', 'Сергеевна'],
  ['Владимир', 'Владимирович', 'Владимировна'],
  ['Андрей', 'Андреевич', 'Андреевна'],
  ['Алексей', 'Алексеевич', 'Алексеевна'],
  ['Дмитрий', 'Дмитриевич', 'Дмитриевна'],
  ['Николай', 'Николаевич', 'Николаевна'],
  ['Иван', 'Иванович', 'Ивановна'],
  ['Михаил', 'Михайлович', 'Михайловна'],
  ['Юрий', 'Юрьевич', 'Юрьевна'],
  ['Виктор', 'Викторович', 'Викторовна'],
  ['Евгений', 'Евгеньевич', 'Евгеньевна'],
  ['Игорь', 'Игоревич', 'Игоревна'],
  ['Олег', 'Олегович', 'Олеговна'],
  ['Павел', 'Павлович', 'Павловна'],
  ['Пётр', 'Петрович', 'Петровна'],
  ['Василий', 'Васильевич', 'Васильевна'],
  ['Анатолий', 'Анатольевич', 'Анатольевна'],
  ['Геннадий', 'Геннадьевич', 'Геннадьевна'],
  ['Валерий', 'Валерьевич', 'Валерьевна'],
  ['Борис', 'Борисович', 'Борисовна'],
  ['Григорий', 'Григорьевич', 'Григорьевна'],
  ['Максим', 'Максимович', 'Максимовна'],
  ['Роман', 'Романович', 'Романовна'],
  ['Константин', 'Константинович', 'Константиновна'],
  ['Артём', 'Артёмович', 'Артёмовна'],
  ['Денис', 'Денисович', 'Денисовна'],
  ['Илья', 'Ильич', 'Ильинична'],
  ['Никита', 'Никитич', 'Никитична'],
  ['Степан', 'Степанович', 'Степановна'],
];

/** The feminine form of a masculine surname (-ов → -ова, -ский → -ская; -енко stays). */
export function feminineSurname(surname: string): string {
  if (/(ский|цкий)$/.test(surname)) return surname.slice(0, -2) + 'ая';
  if (/(ов|ев|ёв|ин|ын)$/.test(surname)) return surname + 'а';
  return surname;
}

export interface PersonName {
  readonly surname: string;
  readonly name: string;
  readonly patronymic: string;
}

export function randomPersonName(random: Random, gender: Gender): PersonName {
  const male = pick(random, SURNAMES);
  const father = pick(random, MALE_NAMES);
  if (gender === 'female') {
    return {
      surname: feminineSurname(male),
      name: pick(random, FEMALE_NAMES),
      patronymic: father[2],
    };
  }
  return { surname: male, name: pick(random, MALE_NAMES)[0], patronymic: father[1] };
}

export function fullName(person: PersonName): string {
  return `${person.surname} ${person.name} ${person.patronymic}`;
}

const LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Simple transliteration for synthetic e-mail addresses. */
export function transliterate(text: string): string {
  return Array.from(text.toLowerCase(), (ch) => LATIN[ch] ?? (/[a-z0-9]/.test(ch) ? ch : '')).join(
    '',
  );
}
