import { describe, expect, it } from 'vitest';
import { orgDocName } from '@profgrid/core';
import { requestDocName } from '@profgrid/core/requests';
import { tableDocName } from '@profgrid/core/tables';
import { docAuditEvent } from './doc-audit.ts';

describe('docAuditEvent', () => {
  it('names a member list, a committee table and a request’s answer each as itself', () => {
    expect(docAuditEvent(orgDocName('school-004'), false)).toEqual({ action: 'doc-open' });
    expect(docAuditEvent(orgDocName('school-004'), true)).toEqual({ action: 'doc-change' });
    expect(docAuditEvent(tableDocName('acceptance-2020'), false)).toEqual({
      action: 'table-open',
      detail: 'table=acceptance-2020',
    });
    expect(docAuditEvent(requestDocName('r1', 'school-004'), true)).toEqual({
      action: 'answer-change',
      detail: 'request=r1',
    });
  });
});
