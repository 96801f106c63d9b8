// Preload (`node --import=…/memory-probe.ts`) for a relay process under the socket-memory
// benchmark: on SIGUSR2 it runs two full GCs and writes process.memoryUsage() and the
// physical size of each V8 heap space to <tmpdir>/profgrid-memory-<pid>.json, so the
// benchmark can tell memory the relay retains from garbage and allocator high-water marks.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

export function probeFile(pid: number): string {
  return join(tmpdir(), `profgrid-memory-${pid}.json`);
}

process.on('SIGUSR2', () => {
  gc();
  gc();
  const spaces: Record<string, number> = {};
  for (const s of v8.getHeapSpaceStatistics()) spaces[s.space_name] = s.physical_space_size;
  writeFileSync(probeFile(process.pid), JSON.stringify({ ...process.memoryUsage(), spaces }));
});
