import { describe, expect, it } from 'vitest';
import { localMoment } from '../../i18n/moment.ts';
import { versionLabel } from './version-label.ts';

describe('versionLabel', () => {
  const built = new Date(2026, 11, 5, 19, 7).getTime(); // 05.12.2026 19:07, local time

  it('reads a build time as ДД.ММ.ГГГГ ЧЧ:ММ', () => {
    expect(versionLabel(String(built))).toBe('05.12.2026 19:07');
    expect(localMoment(built)).toBe('05.12.2026 19:07');
  });

  it('adds the short commit the build had', () => {
    expect(versionLabel(`${built}-4490d97`)).toBe('05.12.2026 19:07, 4490d97');
  });

  it('shows any other version as it is', () => {
    expect(versionLabel('dev')).toBe('dev');
    expect(versionLabel('12345')).toBe('12345');
  });
});
