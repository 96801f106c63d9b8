// The import-circle check of `pnpm lint` on small trees written for each case, and on the
// workspace itself (which must match the known list exactly).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareWithKnown, findCircles, readKnown } from './import-cycles.ts';

let root: string | null = null;

function tree(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'profgrid-cycles-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = null;
});

const check = (dir: string) => findCircles(dir, ['pkg/src'], ['pkg/src']);

describe('import circles', () => {
  it('finds none in folders that import in one direction', () => {
    const dir = tree({
      'pkg/src/http/a.ts': "import { b } from '../store/b.ts';\nexport const a = b;",
      'pkg/src/store/b.ts': 'export const b = 1;',
    });
    expect(check(dir)).toEqual([]);
  });

  it('a circle between two files (type-only imports count) is a file and a folder circle', () => {
    const dir = tree({
      'pkg/src/relay/room.ts': "import type { Fanout } from '../cluster/fanout.ts';\nexport {};",
      'pkg/src/cluster/fanout.ts': "import { room } from '../relay/room.ts';\nexport {};",
    });
    expect(check(dir)).toEqual([
      'files: pkg/src/cluster/fanout.ts <-> pkg/src/relay/room.ts',
      'folders of pkg/src: cluster <-> relay',
    ]);
  });

  it('a circle of folders through different files is found; tests and test/ are not read', () => {
    const dir = tree({
      'pkg/src/a/one.ts': "export * from '../b/two.ts';",
      'pkg/src/b/two.ts': "export const two = 2;\nexport const l = () => import('../c/three.ts');",
      'pkg/src/c/three.ts': 'export const three = 3;',
      'pkg/src/c/four.ts': "import '../a/one.ts';",
      'pkg/src/c/x.test.ts': "import '../a/one.ts';\nimport '../b/two.ts';",
      'pkg/src/test/h.ts': "import '../a/one.ts';",
    });
    expect(check(dir)).toEqual(['folders of pkg/src: a <-> b <-> c']);
  });

  it('fails on a circle not in the known list, and on a listed one that is gone', () => {
    const known = readKnown('# comment\nfolders of x: a <-> b\n\nfolders of y: c <-> d  # why\n');
    expect(known).toEqual(['folders of x: a <-> b', 'folders of y: c <-> d']);
    expect(compareWithKnown(['folders of x: a <-> b', 'files: p <-> q'], known)).toEqual([
      'new import circle: files: p <-> q',
      'listed circle no longer occurs (remove it from import-cycles.known): folders of y: c <-> d',
    ]);
    expect(compareWithKnown(known, known)).toEqual([]);
  });

  it('the workspace has exactly the circles of scripts/import-cycles.known', () => {
    const workspace = join(import.meta.dirname, '..');
    const known = readKnown(readFileSync(join(import.meta.dirname, 'import-cycles.known'), 'utf8'));
    expect(compareWithKnown(findCircles(workspace), known)).toEqual([]);
  });
});
