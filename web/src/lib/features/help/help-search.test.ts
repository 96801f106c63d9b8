// Help search and the «?» topic of each screen.
import { describe, expect, it } from 'vitest';
import { HELP_PAGES, helpPage, helpPagesIn } from './help-pages.ts';
import { HELP_EN } from './help-pages-en.ts';
import { searchHelp } from './help-search.ts';
import { helpTopicFor } from './help-topic.ts';

const slugs = (q: string) => searchHelp(HELP_PAGES, q).map((p) => p.slug);

describe('searchHelp', () => {
  it('finds pages by any form of a word, ё = е, case-insensitive', () => {
    expect(slugs('Excel')).toContain('import');
    expect(slugs('заполнение паспорта')[0]).toBe('passport');
    expect(slugs('СНЯТЬ с учета')).toContain('remove');
    expect(slugs('учёт')).toEqual(slugs('учет'));
  });
  it('searches the English pages in English', () => {
    const en = (q: string) => searchHelp(helpPagesIn('en'), q).map((p) => p.slug);
    expect(en('Excel')).toContain('import');
    expect(en('PASSPORT deadline')[0]).toBe('passport');
    expect(en('removed from the register')).toContain('remove');
    expect(en('паспорт')).toEqual([]);
  });
  it('needs every word, and answers all pages for an empty query', () => {
    expect(slugs('паспорт зебра')).toEqual([]);
    expect(slugs('  ')).toHaveLength(HELP_PAGES.length);
  });
});

describe('help pages', () => {
  it('have unique slugs and Russian text for every section', () => {
    expect(new Set(HELP_PAGES.map((p) => p.slug)).size).toBe(HELP_PAGES.length);
    for (const p of HELP_PAGES) {
      expect(p.sections.length).toBeGreaterThan(0);
      for (const s of p.sections) expect((s.text ?? s.steps ?? []).length).toBeGreaterThan(0);
      expect(p.title).toMatch(/[а-яё]/i);
    }
  });
  it('have every page in English too, with the same sections and steps', () => {
    const cyrillic = /[а-яё]/i;
    expect(Object.keys(HELP_EN).sort()).toEqual(HELP_PAGES.map((p) => p.slug).sort());
    for (const ru of HELP_PAGES) {
      const en = helpPage(ru.slug, 'en')!;
      const words = [en.title, en.summary, en.screenshot ?? ''];
      expect(en.audience).toEqual(ru.audience);
      expect(en.screenshot === undefined).toBe(ru.screenshot === undefined);
      expect(en.sections.length, ru.slug).toBe(ru.sections.length);
      en.sections.forEach((s, i) => {
        const r = ru.sections[i]!;
        expect(s.text?.length, `${ru.slug}: ${s.heading}`).toBe(r.text?.length);
        expect(s.steps?.length, `${ru.slug}: ${s.heading}`).toBe(r.steps?.length);
        words.push(s.heading, ...(s.text ?? []), ...(s.steps ?? []));
      });
      for (const w of words) expect(w, ru.slug).not.toMatch(cyrillic);
      expect(en.title).not.toBe(ru.title);
    }
    expect(helpPage('start', 'ru')!.title).toBe('Первый вход');
    expect(helpPage('start', 'en')!.title).toBe('First sign-in');
  });
  it('cover the screen of every «?»', () => {
    const paths = ['/', '/org/a', '/dashboard/a', '/report/a', '/forms/a', '/check', '/x'];
    for (const path of paths) expect(helpPage(helpTopicFor(path))).toBeDefined();
    expect(helpTopicFor('/org/a', 'passport')).toBe('passport');
    expect(helpTopicFor('/org/a', 'members')).toBe('members');
    expect(helpTopicFor('/org/a', 'positions')).toBe('people');
    expect(helpTopicFor('/table/t1')).toBe('tables');
    expect(helpTopicFor('/tables/a')).toBe('tables');
    expect(helpTopicFor('/requests/a/answer/r1')).toBe('requests');
    expect(helpTopicFor('/duplicates/a')).toBe('people');
    expect(helpTopicFor('/chairs')).toBe('people');
    expect(helpTopicFor('/cards/a')).toBe('cards');
  });
});
