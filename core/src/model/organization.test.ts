// Document names: `org:<id>` both ways; anything else is not an organization document.
import { describe, expect, it } from 'vitest';
import { orgDocName, orgIdOfDocName } from './organization.ts';

describe('orgDocName / orgIdOfDocName', () => {
  it('round-trips an organization id', () => {
    for (const id of ['belgorod-school-12', 'A_1', 'x'.repeat(64)]) {
      expect(orgIdOfDocName(orgDocName(id))).toBe(id);
    }
  });

  it('rejects names without the org: prefix, empty, too long or with other characters', () => {
    for (const name of [
      'school-12',
      'org:',
      'org:a/b',
      'org:../x',
      'org:школа',
      `org:${'x'.repeat(65)}`,
      'ORG:a',
    ]) {
      expect(orgIdOfDocName(name), name).toBeNull();
    }
  });
});
