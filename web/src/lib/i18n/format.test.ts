// Message lookup, interpolation, English loaded on demand and Russian plural forms.
import { describe, expect, it, vi } from 'vitest';
import { formatNumberIn, formatPercentIn, pluralRu, translate } from './format.ts';
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
  it('groups the numbers of a sentence in its language', () => {
    expect(translate('ru', 'members.count', { n: 15257 })).toBe('Членов: 15\u00a0257');
    expect(translate('ru', 'members.count', { n: 2026 })).toBe('Членов: 2026');
    expect(translate('en', 'members.count', { n: 15257 })).toBe('Members: 15,257');
    expect(translate('en', 'members.count', { n: 2026 })).toBe('Members: 2,026');
    expect(translate('en', 'members.count', { n: -1234567 })).toBe('Members: -1,234,567');
    // Text that is not a whole number is left as it is.
    expect(translate('en', 'members.count', { n: '15257' })).toBe('Members: 15257');
    expect(translate('en', 'members.count', { n: 2.5 })).toBe('Members: 2.5');
  });
  it('answers in Russian until the English strings are loaded, then in English', async () => {
    // A fresh copy of the module, as in a tab that has not chosen English.
    vi.resetModules();
    const fresh = await import('./format.ts');
    expect(fresh.hasDictionary('en')).toBe(false);
    expect(fresh.translate('en', 'members.count', { n: 12 })).toBe('Членов: 12');
    // A Russian sentence keeps the Russian grouping, whatever the interface's language.
    expect(fresh.translate('en', 'members.count', { n: 15257 })).toBe('Членов: 15\u00a0257');
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

// Intl's Russian grouping and percent sign are no-break spaces; compared as plain ones.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('numbers and percentages in the locale’s way', () => {
  it('writes a percentage with the locale’s decimal mark and sign', () => {
    expect(plain(formatPercentIn('ru', 42.55))).toBe('42,55 %');
    expect(formatPercentIn('en', 42.55)).toBe('42.55%');
    expect(plain(formatPercentIn('ru', 100))).toBe('100 %');
    expect(formatPercentIn('en', 7.5)).toBe('7.5%');
    expect(formatPercentIn('en', 66.666, 0)).toBe('67%');
  });

  it('groups thousands and writes decimals the locale’s way', () => {
    expect(plain(formatNumberIn('ru', 15272))).toBe('15 272');
    expect(formatNumberIn('en', 15272)).toBe('15,272');
    expect(plain(formatNumberIn('ru', 1234.5, 2))).toBe('1 234,50');
    expect(formatNumberIn('en', 1234.5, 2)).toBe('1,234.50');
    expect(formatNumberIn('ru', 79.66, 1)).toBe('79,7');
  });
});
