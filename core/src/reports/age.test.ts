// ageAtReference agrees with validation's ageAt for any birth string and reference date.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellValueArb, isoDateArb } from '../../test/org-ops.ts';
import { ageAt } from '../cells/dates.ts';
import { ageAtReference } from './age.ts';

describe('ageAtReference', () => {
  it('equals ageAt(birth, reference) for valid, invalid and empty values', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          isoDateArb,
          cellValueArb,
          fc.constantFrom('2000-02-29', '2001-02-29', '1990-13-01'),
        ),
        fc.oneof(isoDateArb, fc.constantFrom('2024-02-29', '2026-03-01', 'junk')),
        (birth, ref) => {
          expect(ageAtReference(ref)(birth)).toBe(ageAt(birth, ref));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
