import { afterEach, describe, expect, it, vi } from 'vitest';

describe('ruCollator', () => {
  const Original = Intl.Collator;
  afterEach(() => {
    Intl.Collator = Original;
    vi.resetModules();
  });

  it('orders Russian names: ё with е, case ignored, numbers by value', async () => {
    const { ruCollator } = await import('./collate.ts');
    expect(ruCollator.compare('Ёлка', 'елка')).toBe(0);
    expect(ruCollator.compare('школа', 'ШКОЛА')).toBe(0);
    expect(ruCollator.compare('Школа № 2', 'Школа № 10')).toBeLessThan(0);
    expect(['Яблоко', 'Арбуз', 'Школа № 10', 'Школа № 2'].sort(ruCollator.compare)).toEqual([
      'Арбуз',
      'Школа № 2',
      'Школа № 10',
      'Яблоко',
    ]);
  });

  it('builds ICU’s collator at its first comparison, once, not at import', async () => {
    let built = 0;
    Intl.Collator = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        built++;
      }
    } as typeof Intl.Collator;
    vi.resetModules();
    const { ruCollator } = await import('./collate.ts');
    expect(built).toBe(0);
    ruCollator.compare('а', 'б');
    ruCollator.compare('в', 'г');
    expect(built).toBe(1);
  });
});
