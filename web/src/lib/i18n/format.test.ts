// Message lookup, interpolation, English loaded on demand and Russian plural forms.
import { describe, expect, it, vi } from 'vitest';
import { pluralRu, translate } from './format.ts';
import { ru } from './dictionary.ts';
import { en } from './en.ts';

describe('i18n', () => {
  it('has every Russian key in English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
  });
  it('interpolates parameters', () => {
    expect(translate('ru', 'members.count', { n: 12 })).toBe('Членов: 12');
    expect(translate('en', 'members.count', { n: 12 })).toBe('Members: 12');
  });
  it('answers in Russian until the English strings are loaded, then in English', async () => {
    // A fresh copy of the module, as in a tab that has not chosen English.
    vi.resetModules();
    const fresh = await import('./format.ts');
    expect(fresh.hasDictionary('en')).toBe(false);
    expect(fresh.translate('en', 'members.count', { n: 12 })).toBe('Членов: 12');
    await fresh.loadDictionary('en');
    expect(fresh.hasDictionary('en')).toBe(true);
    expect(fresh.translate('en', 'members.count', { n: 12 })).toBe('Members: 12');
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
