import { describe, expect, it } from 'vitest';
import { FORM_LINES, LINE_BY_CODE } from './form-lines.ts';
import { lineExplanation } from './line-explanation.ts';

describe('lineExplanation', () => {
  it('says where a register line comes from and what it must add up to', () => {
    const text = lineExplanation(LINE_BY_CODE.get('11')!, '5-SP');
    expect(text.ru).toContain('Считается по реестру: состоящие на учёте на дату отчёта.');
    expect(text.ru).toContain('Должна равняться сумме: стр. 12 + стр. 13 + стр. 14.');
    expect(text.ru).not.toContain('сводной');
  });

  it('on a consolidated form names the subordinates’ accepted forms', () => {
    expect(lineExplanation(LINE_BY_CODE.get('11')!, '4-SP').ru).toContain(
      'сумма принятых отчётов прямых подчинённых организаций',
    );
  });

  it('marks hand-kept, derived, bounded lines and our readings', () => {
    expect(lineExplanation(LINE_BY_CODE.get('17')!, '5-SP').ru).toMatch(
      /^Вычисляется: стр\. 12 \/ стр\. 10 × 100\..*наше прочтение/,
    );
    expect(lineExplanation(LINE_BY_CODE.get('15')!, '5-SP').ru).toContain(
      'Не может быть больше стр. 11.',
    );
    const manual = FORM_LINES.find((l) => l.source === 'manual')!;
    expect(lineExplanation(manual, '5-SP').ru).toMatch(/^Вводится вручную/);
  });

  it('explains every line of every form in both languages', () => {
    for (const def of FORM_LINES) {
      for (const kind of def.forms) {
        const text = lineExplanation(def, kind);
        expect(text.ru.length).toBeGreaterThan(20);
        expect(text.en.length).toBeGreaterThan(20);
      }
    }
  });
});
