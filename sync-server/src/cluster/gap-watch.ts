// Closes fan-out gaps. Every `intervalMs` it reads the stored head seq of each loaded
// document; a room that still lacks a seq the database already had at the previous tick
// re-reads the database (DocRoom.catchUp) and sends what it missed to its subscribers.
// Comparing with the previous tick leaves time for in-flight fan-out messages, so under
// steady writing only real gaps (Redis down, a lost message) cost a read. After Redis
// reconnects every loaded room catches up at once.
import { describeError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { DocRooms } from '../relay/doc-rooms.ts';
import type { Fanout } from '../relay/fanout.ts';

export interface GapWatchOptions {
  readonly rooms: DocRooms;
  readonly fanout: Fanout;
  readonly heads: (names: readonly string[]) => Promise<Map<string, number>>;
  readonly logger: Logger;
  readonly intervalMs: number;
}

export interface GapWatch {
  /** One check now (the timer calls it; tests may too). */
  check(): Promise<void>;
  catchUpAll(): Promise<void>;
  stop(): void;
}

export function startGapWatch(options: GapWatchOptions): GapWatch {
  const { rooms, logger } = options;
  let previous = new Map<string, number>();
  let running: Promise<void> | null = null;

  const catchUp = async (name: string) => {
    const room = await rooms.loaded(name);
    if (room && !room.unloaded) await room.catchUp();
  };
  const catchUpAll = async () => {
    const names = rooms.loadedNames();
    const results = await Promise.allSettled(names.map(catchUp));
    const failed = results.filter((r) => r.status === 'rejected').length;
    if (failed > 0) logger.error('catch-up failed', { docs: failed });
  };
  const check = () =>
    (running ??= (async () => {
      try {
        const heads = await options.heads(rooms.loadedNames());
        const behind: string[] = [];
        for (const [name, head] of previous) {
          const room = await rooms.loaded(name)?.catch(() => undefined);
          if (room && !room.unloaded && room.knownSeq < head) behind.push(name);
        }
        previous = heads;
        await Promise.all(behind.map(catchUp));
      } catch (err) {
        logger.error('gap check failed', { error: describeError(err) });
      } finally {
        running = null;
      }
    })());

  const timer = setInterval(() => void check(), options.intervalMs);
  timer.unref();
  options.fanout.onReconnect(() => void catchUpAll());
  return {
    check,
    catchUpAll,
    stop: () => clearInterval(timer),
  };
}
