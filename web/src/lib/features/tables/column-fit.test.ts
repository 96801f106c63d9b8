import { describe, expect, it } from 'vitest';
import { HEADER_LINES, fitWidth, headerHeight, headerLines, linesAt } from './column-fit.ts';
import type { Measure } from './column-fit.ts';

/** 7 px a character in both fonts. */
const measure: Measure = (text) => text.length * 7;

describe('column titles fit', () => {
  it('wraps at spaces, never inside a word', () => {
    expect(headerLines('Результат приёмки', 200, measure)).toBe(1);
    expect(headerLines('Результат приёмки', 90, measure)).toBe(2);
    // One word wider than the line still takes one line (the width must grow for it).
    expect(headerLines('Электрооборудование', 50, measure)).toBe(1);
  });

  it('widens a column until its title takes at most three lines, no word cut', () => {
    const title = 'Документы профорганизации: устранить до';
    const width = fitWidth({ name: title, type: 'date', choices: [] }, 130, measure);
    // «профорганизации:» is 16 characters, 112 px: with the header's padding and icon (42)
    // 150 px cuts it; 160 px holds it, and the title in three lines.
    expect(width).toBe(160);
    expect(linesAt(title, width, measure)).toBe(HEADER_LINES);
  });

  it('keeps the base width when the title already fits', () => {
    expect(fitWidth({ name: 'Срок', type: 'date', choices: [] }, 130, measure)).toBe(130);
  });

  it('widens a choice column for its longest choice, up to a limit', () => {
    const column = { name: 'Итог', type: 'choice', choices: ['принято', 'принято с отличием'] };
    // 18 characters = 126 px, plus cell padding, rounded up to 10 px.
    expect(fitWidth(column, 130, measure)).toBe(150);
    const long = { name: 'Итог', type: 'choice', choices: ['x'.repeat(80)] };
    expect(fitWidth(long, 130, measure)).toBe(240);
  });

  it('makes the header as tall as its longest title needs', () => {
    expect(headerHeight(1)).toBe(34);
    expect(headerHeight(2)).toBe(42);
    expect(headerHeight(3)).toBe(57);
  });
});
