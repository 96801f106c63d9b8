import { describe, expect, it } from 'vitest';
import { menuSide } from './menu-side.ts';

describe('menuSide', () => {
  it('keeps the preferred edge while the panel fits there', () => {
    expect(menuSide('right', { left: 1180, right: 1240 }, 300, 1366)).toBe('right');
    expect(menuSide('left', { left: 16, right: 80 }, 300, 1366)).toBe('left');
  });

  it('takes the other edge when the preferred one would put the panel past the window', () => {
    // «Вид» wrapped to the start of a new row: right-aligned, the panel would start at -220.
    expect(menuSide('right', { left: 16, right: 80 }, 300, 1366)).toBe('left');
    // a left-aligned button near the right edge of a narrow window
    expect(menuSide('left', { left: 900, right: 960 }, 300, 1024)).toBe('right');
  });
});
