import { describe, expect, it } from 'vitest';
import { ORG_LEVELS } from '@profgrid/core';
import { translate } from '../../i18n/format.ts';
import { grantLabelKey } from './grant-label.ts';

describe('grantLabelKey', () => {
  it('reads an editor of a committee as that committee, of a primary as its chair', () => {
    expect(grantLabelKey('editor', 'local')).toBe('role.committee.local');
    expect(grantLabelKey('editor', 'regional')).toBe('role.committee.regional');
    expect(grantLabelKey('editor', 'okrug')).toBe('role.committee.okrug');
    expect(grantLabelKey('editor', 'central')).toBe('role.committee.central');
    expect(grantLabelKey('editor', 'primary')).toBe('role.editor');
    expect(grantLabelKey('editor', 'primary-territorial')).toBe('role.editor');
    expect(grantLabelKey('editor', 'profgroup')).toBe('role.editor');
  });

  it('is neutral while the level is unknown, and the same for admins and viewers at any level', () => {
    expect(grantLabelKey('editor', undefined)).toBe('role.editorAny');
    for (const level of [...ORG_LEVELS, undefined]) {
      expect(grantLabelKey('admin', level)).toBe('role.admin');
      expect(grantLabelKey('viewer', level)).toBe('role.viewer');
    }
  });

  it('says «committee» in both languages and never «chair» for a committee', () => {
    expect(translate('ru', grantLabelKey('editor', 'local'))).toBe('городской (районный) комитет');
    expect(translate('en', grantLabelKey('editor', 'local'))).toBe('city (district) committee');
    for (const level of ['central', 'regional', 'okrug', 'local'] as const) {
      expect(translate('ru', grantLabelKey('editor', level))).not.toMatch(/председатель/);
      expect(translate('en', grantLabelKey('editor', level))).not.toMatch(/chair/);
    }
  });
});
