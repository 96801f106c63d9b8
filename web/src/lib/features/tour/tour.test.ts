// Tours: steps of the screen only, the seen flag per user and tour, automation opts in.
import { describe, expect, it } from 'vitest';
import { autoTourAllowed, markTourSeen, tourSeen } from './tour-seen.ts';
import { TOURS, presentSteps } from './tour-steps.ts';
import { translate } from '../../i18n/format.ts';

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

describe('tours', () => {
  it('leave out steps whose element is not on the page (a viewer has no buttons)', () => {
    const onlyGrid = presentSteps('grid', (s) => s.includes('member-grid'));
    expect(onlyGrid.map((s) => s.title)).toEqual(['tour.grid.title']);
    expect(presentSteps('passport', () => true)).toHaveLength(TOURS.passport.length);
  });

  it('the dashboard and the forms page have their own tours, every text in the dictionary', () => {
    expect(presentSteps('dashboard', () => true).map((s) => s.element)).toContain(
      '[data-testid=dashboard-table]',
    );
    // a chair's form page has no subordinates' table: that step is left out
    const chair = presentSteps('forms', (s) => !s.includes('form-subordinates'));
    expect(chair).toHaveLength(TOURS.forms.length - 1);
    for (const steps of Object.values(TOURS)) {
      for (const s of steps) {
        expect(translate('ru', s.title)).not.toBe(s.title);
        expect(translate('ru', s.text)).not.toBe(s.text);
      }
    }
  });

  it('remember per user and tour that it was seen', () => {
    const storage = memoryStorage();
    expect(tourSeen(storage, 'u1', 'grid')).toBe(false);
    markTourSeen(storage, 'u1', 'grid');
    expect(tourSeen(storage, 'u1', 'grid')).toBe(true);
    expect(tourSeen(storage, 'u1', 'passport')).toBe(false);
    expect(tourSeen(storage, 'u2', 'grid')).toBe(false);
  });

  it('start by themselves for people, for automation only when asked to', () => {
    const storage = memoryStorage();
    expect(autoTourAllowed({ webdriver: false }, storage)).toBe(true);
    expect(autoTourAllowed({ webdriver: true }, storage)).toBe(false);
    storage.setItem('profgrid.tour.auto', '1');
    expect(autoTourAllowed({ webdriver: true }, storage)).toBe(true);
  });
});
