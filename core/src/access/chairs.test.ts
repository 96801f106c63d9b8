import { describe, expect, it } from 'vitest';
import { chairEntries, normalizeSearch } from './chairs.ts';

describe('chairEntries', () => {
  it('lists the chair and deputies split by newline and ";" with contacts found in the text', () => {
    const entries = chairEntries({
      chairName: ' Артёмова Анна ',
      chairPhone: '+7 900 000-00-01',
      chairEmail: 'a@example.ru',
      deputies: 'Белов Борис, +7 (4722) 33-44-55\nВолкова Вера vera@example.ru; ',
    });
    expect(entries).toEqual([
      { role: 'chair', name: 'Артёмова Анна', phone: '+7 900 000-00-01', email: 'a@example.ru' },
      { role: 'deputy', name: 'Белов Борис', phone: '+7 (4722) 33-44-55', email: '' },
      { role: 'deputy', name: 'Волкова Вера', phone: '', email: 'vera@example.ru' },
    ]);
  });

  it('an empty passport has no entries', () => {
    expect(chairEntries({ chairName: '', chairPhone: '', chairEmail: '', deputies: '' })).toEqual(
      [],
    );
  });

  it('search keys ignore case and fold ё into е', () => {
    expect(normalizeSearch('  АРТЁМОВА  Анна')).toBe('артемова анна');
  });
});
