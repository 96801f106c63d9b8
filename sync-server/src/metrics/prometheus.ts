// Prometheus text exposition format 0.0.4 for the relay: one HELP and TYPE line per
// metric, then its samples. Gauges are read at scrape time from what the caller passes.
import type { RelayMetrics } from './relay-metrics.ts';
import { PERSIST_BUCKETS } from './relay-metrics.ts';

export interface MetricsSnapshot {
  readonly metrics: RelayMetrics;
  /** Open websockets by endpoint. */
  readonly sockets: { readonly mux: number; readonly sync: number };
  readonly loadedDocuments: number;
  readonly memory: NodeJS.MemoryUsage;
}

type Sample = readonly [labels: string, value: number];

function metric(name: string, type: string, help: string, samples: Sample[]): string {
  const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`];
  for (const [labels, value] of samples) lines.push(`${name}${labels} ${value}`);
  return lines.join('\n');
}

export function renderPrometheus(s: MetricsSnapshot): string {
  const m = s.metrics;
  const buckets: Sample[] = PERSIST_BUCKETS.map((le, i) => [`{le="${le}"}`, m.persistBuckets[i]!]);
  buckets.push(['{le="+Inf"}', m.persistCount]);
  const histogram = [
    metric(
      'profgrid_persist_seconds',
      'histogram',
      'Time to append one update to the store (durable commit).',
      [],
    ),
    ...buckets.map(([l, v]) => `profgrid_persist_seconds_bucket${l} ${v}`),
    `profgrid_persist_seconds_sum ${m.persistSum}`,
    `profgrid_persist_seconds_count ${m.persistCount}`,
  ].join('\n');
  const closes = Array.from(m.closes, ([code, n]): Sample => [`{code="${code}"}`, n]).sort((a, b) =>
    a[0].localeCompare(b[0]),
  );
  return (
    [
      metric('profgrid_websocket_connections', 'gauge', 'Open websockets by endpoint.', [
        ['{endpoint="mux"}', s.sockets.mux],
        ['{endpoint="sync"}', s.sockets.sync],
      ]),
      metric('profgrid_loaded_documents', 'gauge', 'Documents held in memory.', [
        ['', s.loadedDocuments],
      ]),
      metric('profgrid_messages_received_total', 'counter', 'Websocket messages received.', [
        ['', m.messagesReceived],
      ]),
      metric(
        'profgrid_updates_stored_total',
        'counter',
        'Updates durably stored (rate() gives updates per second).',
        [['', m.updatesStored]],
      ),
      histogram,
      metric(
        'profgrid_socket_closes_total',
        'counter',
        'Sockets the relay closed, by close code.',
        closes,
      ),
      metric('process_resident_memory_bytes', 'gauge', 'Resident set size.', [['', s.memory.rss]]),
      metric('nodejs_heap_used_bytes', 'gauge', 'V8 heap in use.', [['', s.memory.heapUsed]]),
      metric('nodejs_external_memory_bytes', 'gauge', 'Memory of buffers outside the heap.', [
        ['', s.memory.external],
      ]),
    ].join('\n') + '\n'
  );
}
