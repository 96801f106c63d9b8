// What every page of the built app loads before any route's code (web/shell-chunk.ts): the
// page's own module preloads and everything they import statically. A few files, not the ~32
// the automatic splitting made, and none of the code kept for the pages that need it (AG Grid's
// loader, Yjs, Dexie). Reads the build (no browser).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';

const BUILD = join(import.meta.dirname, '..', 'build');

/** The JS files a fresh page loads before the router: the preloads and their static imports. */
function shellFiles(): string[] {
  const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
  const pending = [...html.matchAll(/<link [^>]*>/g)]
    .filter(([link]) => link.includes('rel="modulepreload"'))
    .map(([link]) => /href="\/([^"]+\.js)"/.exec(link)?.[1])
    .filter((file) => file !== undefined);
  const seen = new Set<string>();
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(BUILD, file), 'utf8');
    // Static imports only (`import"…"`, `from"…"`), not `import("…")`.
    for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*"(\.{1,2}\/[^"]+\.js)"/g)) {
      pending.push(posix.join(dirname(file), m[1]!));
    }
  }
  return [...seen];
}

const allChunks = () =>
  ['chunks', 'nodes', 'entry'].flatMap((dir) =>
    readdirSync(join(BUILD, '_app/immutable', dir))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `_app/immutable/${dir}/${f}`),
  );

const LEFT_OUT = {
  "AG Grid's loader": '__pgAgGrid',
  Yjs: 'Yjs was already imported',
  Dexie: 'DexieError',
};

describe('the built app shell', () => {
  it('is a few files: the entries, the root layout and one chunk', () => {
    const files = shellFiles();
    expect(files.some((f) => f.startsWith('_app/immutable/entry/start.'))).toBe(true);
    expect(files.some((f) => f.startsWith('_app/immutable/nodes/0.'))).toBe(true);
    expect(files.length).toBeLessThanOrEqual(8);
  });

  it.each(Object.entries(LEFT_OUT))('leaves %s to the pages that use it', (_name, marker) => {
    const holding = allChunks().filter((f) =>
      readFileSync(join(BUILD, f), 'utf8').includes(marker),
    );
    // The marker is in the build, so its absence from the shell means something.
    expect(holding.length).toBeGreaterThan(0);
    const shell = new Set(shellFiles());
    expect(holding.filter((f) => shell.has(f))).toEqual([]);
  });
});
