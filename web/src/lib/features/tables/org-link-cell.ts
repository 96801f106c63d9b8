// The cell of an organization-link column: the organization's name and, when the row is
// linked (an id beside the name), a small «↗» that opens the organization's page. The name
// stays plain text, so a click selects the cell and a double click edits it as before.
import type { ICellRendererParams } from 'ag-grid-community';
import { customValue } from '@profgrid/core';
import type { MemberRecord } from '@profgrid/core';
import type { CustomKey } from '@profgrid/core/model';

export const orgHref = (orgId: string) => `/org/${encodeURIComponent(orgId)}`;

export function orgLinkCell(
  idKey: CustomKey,
  title: () => string,
): (p: ICellRendererParams<MemberRecord>) => HTMLElement {
  return (p) => {
    const span = document.createElement('span');
    span.textContent =
      typeof p.valueFormatted === 'string' ? p.valueFormatted : String(p.value ?? '');
    const id = p.data ? customValue(p.data, idKey) : '';
    if (id !== '' && span.textContent !== '') {
      const a = document.createElement('a');
      a.href = orgHref(id);
      // The arrow is drawn by CSS (table-page), so the cell's text stays the name alone.
      a.className = 'pg-org-open';
      a.title = title();
      a.setAttribute('aria-label', title());
      a.dataset['testid'] = 'org-link-open';
      span.append(a);
    }
    return span;
  };
}
