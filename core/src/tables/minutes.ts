// The one-page result of a table in the style of the committee's minutes: how many rows,
// per group, the result's totals with their percentage, the refusals with their reasons,
// the overdue deadlines. Plain lines; the page prints them.
import { formatRuDate } from '../cells/dates.ts';
import { formatCount } from '../cells/numbers.ts';
import type { TableColumn } from './columns.ts';
import { choiceSummary, formatPercent, overdueCounts } from './summary.ts';
import type { CountCell, GroupCounts } from './summary.ts';
import type { TableData } from './table-doc.ts';

export interface MinutesPage {
  readonly title: string;
  readonly lines: readonly string[];
}

const roleColumn = (table: TableData, role: TableColumn['role']) =>
  table.columns.find((c) => c.role === role) ?? null;

const countOf = (cells: readonly CountCell[], value: string) =>
  cells.find((c) => c.value === value)?.count ?? 0;

function groupLine(g: GroupCounts, result: TableColumn, lead: string | undefined): string {
  const parts = result.choices
    .filter((choice) => choice !== lead && countOf(g.counts, choice) > 0)
    .map((choice) => `${choice} — ${formatCount(countOf(g.counts, choice))}`);
  const name = g.group === '' ? 'без группы' : g.group;
  return `— ${name}: ${formatCount(g.rows)}${parts.length > 0 ? `, из них ${parts.join(', ')}` : ''};`;
}

/**
 * The result page. `title` is the table's; `today` (ISO) dates the overdue count. A table
 * without a result column gets its row count and overdue deadlines only.
 */
export function minutesPage(table: TableData, title: string, today: string): MinutesPage {
  const lines: string[] = [];
  const result = roleColumn(table, 'result');
  const group = roleColumn(table, 'group');
  const name = roleColumn(table, 'name');
  const reason = roleColumn(table, 'reason');
  lines.push(`Всего: ${formatCount(table.rows.length)}.`);
  if (result) {
    const summary = choiceSummary(table, result, group);
    const total = summary.total;
    const lead = result.totals?.[0];
    if (lead) {
      const n = countOf(total.totals, lead.name);
      lines.push(
        `${capitalize(lead.name)}: ${formatCount(n)} (${formatPercent(n === 0 ? 0 : (n * 100) / total.rows)}).`,
      );
    }
    for (const cell of total.counts) {
      if (cell.count === 0 || cell.value === '') continue;
      lines.push(
        `${capitalize(cell.value)}: ${formatCount(cell.count)} (${formatPercent(cell.percent)}).`,
      );
    }
    if (summary.groups.length > 0) {
      lines.push(`По группам («${group?.name ?? ''}»):`);
      // The first choice of a lead total is its base (принято): the line names the others.
      for (const g of summary.groups) lines.push(groupLine(g, result, lead?.values[0]));
    }
    const refused = result.choices.filter((c) => !(lead?.values ?? []).includes(c));
    if (lead && name) {
      for (const row of table.rows) {
        const value = row.values[result.id] ?? '';
        if (!refused.includes(value)) continue;
        const why = reason ? (row.values[reason.id] ?? '') : '';
        lines.push(`${capitalize(value)}: ${row.values[name.id] ?? ''}${why ? ` — ${why}` : ''}.`);
      }
    }
  }
  const byId = new Map(table.rows.map((r) => [r.id, r]));
  for (const o of overdueCounts(table, today)) {
    if (o.rows.length === 0) continue;
    lines.push(`Просрочено («${o.column.name}»): ${formatCount(o.rows.length)}.`);
    for (const id of o.rows) {
      const row = byId.get(id);
      const what = name && row ? (row.values[name.id] ?? '') : '';
      if (what) lines.push(`— ${what} (срок ${formatRuDate(row?.values[o.column.id] ?? '')});`);
    }
  }
  return { title, lines };
}

const capitalize = (s: string) => (s === '' ? s : s[0]!.toUpperCase() + s.slice(1));
