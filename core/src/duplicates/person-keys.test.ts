import { describe, expect, it } from 'vitest';
import { emptyMember } from '../model/member.ts';
import { personKeys } from './person-keys.ts';

const person = (fields: Partial<Record<string, string>>) => ({ ...emptyMember('m'), ...fields });

describe('personKeys', () => {
  it('gives the same name key regardless of case, ё/е, spaces and date format', () => {
    const a = personKeys(
      person({
        surname: 'Семёнова ',
        name: 'анна',
        patronymic: 'Петровна',
        birthDate: '1980-03-07',
      }),
    );
    const b = personKeys(
      person({
        surname: 'СЕМЕНОВА',
        name: ' Анна',
        patronymic: 'петровна',
        birthDate: '07.03.1980',
      }),
    );
    expect(a).toHaveLength(1);
    expect(a).toEqual(b);
  });

  it('treats a double surname with or without spaces around the hyphen as one', () => {
    const a = personKeys(
      person({ surname: 'Иванова-Петрова', name: 'Ольга', birthDate: '1990-01-01' }),
    );
    const b = personKeys(
      person({ surname: 'Иванова - Петрова', name: 'Ольга', birthDate: '1990-01-01' }),
    );
    expect(a).toEqual(b);
  });

  it('keeps different patronymics and birth dates apart', () => {
    const base = {
      surname: 'Иванов',
      name: 'Иван',
      patronymic: 'Иванович',
      birthDate: '1970-05-05',
    };
    const key = (f: Record<string, string>) => personKeys(person({ ...base, ...f }))[0]!.text;
    expect(key({})).not.toBe(key({ patronymic: 'Петрович' }));
    expect(key({})).not.toBe(key({ birthDate: '1970-05-06' }));
    expect(key({})).not.toBe(key({ patronymic: '' }));
  });

  it('makes no name key without surname, name or a real birth date', () => {
    expect(personKeys(person({ name: 'Иван', birthDate: '1970-05-05' }))).toEqual([]);
    expect(
      personKeys(person({ surname: 'Иванов', name: 'Иван', birthDate: '31.02.1970' })),
    ).toEqual([]);
    expect(personKeys(person({ surname: 'Иванов', name: 'Иван' }))).toEqual([]);
  });

  it('makes a card key from the twelve digits of a card number, with or without dashes', () => {
    const a = personKeys(person({ cardNumber: '77-00000001-64' }));
    const b = personKeys(person({ cardNumber: '770000000164' }));
    expect(a).toEqual([{ kind: 'card', text: 'c\u0000770000000164' }]);
    expect(a).toEqual(b);
    expect(personKeys(person({ cardNumber: '12345' }))).toEqual([]);
  });
});
