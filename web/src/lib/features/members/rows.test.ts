import { describe, expect, it } from 'vitest';
import { emptyMember } from '@profgrid/core';
import type { MemberRecord } from '@profgrid/core';
import { reconcileRows } from './rows.ts';

const row = (extra: Record<string, string> = {}) =>
  ({ ...emptyMember('m1'), surname: 'Орлов', ...extra }) as MemberRecord;

describe('reconcileRows', () => {
  it('a row whose custom column value changed, appeared or went away is updated', () => {
    expect(reconcileRows([row({ 'c:k': 'a' })], [row({ 'c:k': 'b' })]).update).toHaveLength(1);
    expect(reconcileRows([row()], [row({ 'c:k': 'b' })]).update).toHaveLength(1);
    expect(reconcileRows([row({ 'c:k': 'a' })], [row()]).update).toHaveLength(1);
    expect(reconcileRows([row({ 'c:k': 'a' })], [row({ 'c:k': 'a' })]).update).toHaveLength(0);
  });
});
