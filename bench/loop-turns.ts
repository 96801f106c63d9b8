// Preloaded into a server process (NODE_OPTIONS=--import) by bench/union.ts: the thread
// CPU spent between two ticks of a 1 ms timer — one turn of the event loop, what a request
// arriving meanwhile waits for, in CPU terms, whatever else loads the machine. At exit the
// turns over 5 ms go to LOOP_TURNS_FILE as [epoch ms at the turn's start, CPU ms] pairs.
import { writeFileSync } from 'node:fs';

const file = process.env['LOOP_TURNS_FILE'];
if (file) {
  const turns: [number, number][] = [];
  let last = process.threadCpuUsage();
  let lastAt = Date.now();
  const tick = () => {
    const now = process.threadCpuUsage();
    const cpu = (now.user + now.system - last.user - last.system) / 1000;
    if (cpu > 5) turns.push([lastAt, Math.round(cpu)]);
    last = now;
    lastAt = Date.now();
    setTimeout(tick, 1).unref();
  };
  setTimeout(tick, 1).unref();
  process.on('exit', () => writeFileSync(file, JSON.stringify(turns)));
}
