// Message lookup, interpolation and Russian plural forms.
import { describe, expect, it } from 'vitest';
import { pluralRu, translate } from './format.ts';
import { en, ru } from './dictionary.ts';

describe('i18n', () => {
  it('has every Russian key in English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
  });
  it('interpolates parameters', () => {
    expect(translate('ru', 'members.count', { n: 12 })).toBe('Членов: 12');
    expect(translate('en', 'members.count', { n: 12 })).toBe('Members: 12');
  });
  it('picks Russian plural forms', () => {
    const f = (n: number) => pluralRu(n, 'изменение', 'изменения', 'изменений');
    expect([1, 2, 5, 11, 12, 21, 22, 25, 111].map(f)).toEqual([
      'изменение',
      'изменения',
      'изменений',
      'изменений',
      'изменений',
      'изменение',
      'изменения',
      'изменений',
      'изменений',
    ]);
  });
});
