// `pnpm bench`: runs every benchmark and prints one table. Targets come from the issues;
// figures are recorded with machine and date in BENCHMARKS.md by hand.
import { cpus, totalmem } from 'node:os';
import { benchRelayFanout } from './relay-fanout.ts';
import { benchGridColdOpen } from './grid-cold-open.ts';
import { benchImport } from './import.ts';
import { benchRollup } from './rollup.ts';
import { benchGridPaste } from './grid-paste.ts';
import { benchDashboard } from './dashboard.ts';
import { benchForms } from './forms.ts';
import { benchFormsPage } from './forms-page.ts';
import { benchCellHistory } from './cell-history.ts';
import { benchHostileCorpus } from './hostile-corpus.ts';
import { benchRelayReconnect } from './relay-reconnect.ts';
import { benchLoad, benchPeers, benchSoak } from './load-bench.ts';
import { benchSocketMemory } from './socket-memory.ts';
import { benchFloor } from './relay-floor.ts';
import { benchBackpressure } from './relay-backpressure.ts';
import { benchAckLatency } from './ack-latency.ts';
import { benchCards } from './cards.ts';
import { benchUnion } from './union.ts';
import { benchFirstAnswers } from './first-answers.ts';
import { benchDuplicates } from './duplicates.ts';
import { benchCommitteeTable } from './committee-table.ts';
import type { BenchRow } from './types.ts';

/** Suites that run only when named (`pnpm bench soak`), not in the default run. */
const onlyWhenAsked = new Set([
  'soak',
  'union',
  'duplicates',
  'floor',
  'ack latency',
  'first answers',
]);
const suites: [string, () => Promise<BenchRow[]>][] = [
  ['relay fan-out', benchRelayFanout],
  ['grid cold open', benchGridColdOpen],
  ['grid paste', benchGridPaste],
  ['rollup', benchRollup],
  ['dashboard', benchDashboard],
  ['forms', benchForms],
  ['forms page', benchFormsPage],
  ['import', benchImport],
  ['cell history', benchCellHistory],
  ['hostile corpus', benchHostileCorpus],
  ['reconnect', benchRelayReconnect],
  ['load', benchLoad],
  ['peers', benchPeers],
  ['socket memory', benchSocketMemory],
  ['floor', benchFloor],
  ['backpressure', benchBackpressure],
  ['ack latency', benchAckLatency],
  ['cards', benchCards],
  ['committee tables', benchCommitteeTable],
  ['soak', benchSoak],
  ['union', benchUnion],
  ['first answers', benchFirstAnswers],
  ['duplicates', benchDuplicates],
];

const only = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const [name, run] of suites) {
  if (only.length > 0 && !only.some((o) => name.includes(o))) continue;
  if (only.length === 0 && onlyWhenAsked.has(name)) continue;
  process.stderr.write(`running ${name}…\n`);
  rows.push(...(await run()));
}

const header = ['benchmark', 'value', 'target', 'met'];
const table = rows.map((r) => [
  r.name,
  r.value,
  r.target,
  r.ok === null ? '' : r.ok ? 'yes' : 'NO',
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(
  `${new Date().toISOString().slice(0, 10)} · ${cpus().length} cores ${cpus()[0]?.model ?? ''} · ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version}`,
);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of table) console.log(line(row));
process.exit(rows.some((r) => r.ok === false) ? 1 : 0);
