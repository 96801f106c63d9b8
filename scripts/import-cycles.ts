// Import circles in the workspace's source, between files and between the folders of a
// level (sync-server/src, core/src, web/src/lib/features…): part of `pnpm lint`. Folders
// import in one direction (STYLE.md), so any circle fails — except those listed in
// scripts/import-cycles.known, and a listed one that no longer occurs fails too, so the
// list only shrinks. Test files, test/ and e2e/ folders are not source and not read.
// A script rather than eslint-plugin-import-x's no-cycle: that rule resolves every import
// of every file through TypeScript and knows no folder level; this reads ~600 files in
// well under a second.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

/** Where source lives, and the folders whose sub-folders must not import in a circle. */
export const SOURCE_ROOTS = ['core/src', 'sync-server/src', 'web/src'];
export const FOLDER_LEVELS = ['core/src', 'sync-server/src', 'web/src/lib', 'web/src/lib/features'];
/** Package-internal aliases (web/package.json "imports"). */
export const ALIASES: Readonly<Record<string, string>> = { '#lib/': 'web/src/lib/' };

const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const SOURCE_FILE = /\.(ts|svelte|js)$/;
const NOT_SOURCE = /\.(test|spec)\.|\.d\.ts$|test-helper/;
const SKIPPED_DIRS = new Set([
  'node_modules',
  'test',
  'e2e',
  '.svelte-kit',
  '.svelte-kit-floor',
  'build',
]);

/** Source files under `dir` (relative to `root`, with '/' separators). */
function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(root, rel))) {
      const child = `${rel}/${name}`;
      if (statSync(join(root, child)).isDirectory()) {
        if (!SKIPPED_DIRS.has(name)) walk(child);
      } else if (SOURCE_FILE.test(name) && !NOT_SOURCE.test(name)) {
        out.push(child);
      }
    }
  };
  walk(dir);
  return out;
}

const posix = (p: string) => p.split(sep).join('/');

function resolveImport(from: string, spec: string, files: ReadonlySet<string>): string | null {
  let base: string | null = null;
  for (const [alias, target] of Object.entries(ALIASES)) {
    if (spec.startsWith(alias)) base = target + spec.slice(alias.length);
  }
  if (base === null) {
    if (!spec.startsWith('.')) return null;
    base = posix(normalize(join(dirname(from), spec)));
  }
  const candidates = [base, `${base}.ts`, `${base}.svelte`, `${base}.js`, `${base}/index.ts`];
  if (base.endsWith('.js')) candidates.push(`${base.slice(0, -3)}.ts`);
  for (const c of candidates) if (files.has(c)) return c;
  return null;
}

/** Strongly connected components of more than one node (Tarjan, iterative). */
export function circles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let next = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; edges: Iterator<string> }[] = [];
    const enter = (node: string) => {
      index.set(node, next);
      low.set(node, next++);
      stack.push(node);
      onStack.add(node);
      work.push({ node, edges: (graph.get(node) ?? new Set<string>()).values() });
    };
    enter(start);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const edge = top.edges.next();
      if (!edge.done) {
        const w = edge.value;
        if (!index.has(w)) enter(w);
        else if (onStack.has(w)) low.set(top.node, Math.min(low.get(top.node)!, index.get(w)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(top.node)!));
      if (low.get(top.node) === index.get(top.node)) {
        const component: string[] = [];
        for (;;) {
          const w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
          if (w === top.node) break;
        }
        if (component.length > 1) out.push(component.sort());
      }
    }
  }
  return out;
}

/** Every circle in the tree at `root`, one line each (the format of the known list). */
export function findCircles(
  root: string,
  sourceRoots: readonly string[] = SOURCE_ROOTS,
  levels: readonly string[] = FOLDER_LEVELS,
): string[] {
  const all = sourceRoots.flatMap((dir) => sourceFiles(root, dir));
  const files = new Set(all);
  const edges = new Map<string, Set<string>>();
  for (const file of all) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const target = resolveImport(file, m[1] ?? m[2] ?? m[3] ?? '', files);
      if (target && target !== file) {
        let set = edges.get(file);
        if (!set) edges.set(file, (set = new Set()));
        set.add(target);
      }
    }
  }
  const found = circles(edges).map((c) => `files: ${c.join(' <-> ')}`);
  for (const level of levels) {
    const folderOf = (file: string): string | null => {
      const rel = posix(relative(level, file));
      return rel.startsWith('..') || !rel.includes('/') ? null : rel.split('/')[0]!;
    };
    const folders = new Map<string, Set<string>>();
    for (const [a, targets] of edges) {
      const fa = folderOf(a);
      if (!fa) continue;
      for (const b of targets) {
        const fb = folderOf(b);
        if (!fb || fb === fa) continue;
        let set = folders.get(fa);
        if (!set) folders.set(fa, (set = new Set()));
        set.add(fb);
      }
    }
    for (const c of circles(folders)) found.push(`folders of ${level}: ${c.join(' <-> ')}`);
  }
  return found.sort();
}

/** The known-exceptions file: one circle per line; '#' starts a comment. */
export function readKnown(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '');
}

/** Problems to report: circles not in the known list, and listed ones that are gone. */
export function compareWithKnown(found: readonly string[], known: readonly string[]): string[] {
  const problems: string[] = [];
  for (const c of found) if (!known.includes(c)) problems.push(`new import circle: ${c}`);
  for (const c of known) {
    if (!found.includes(c)) {
      problems.push(`listed circle no longer occurs (remove it from import-cycles.known): ${c}`);
    }
  }
  return problems;
}

if (import.meta.main) {
  const root = join(import.meta.dirname, '..');
  const known = readKnown(readFileSync(join(import.meta.dirname, 'import-cycles.known'), 'utf8'));
  const problems = compareWithKnown(findCircles(root), known);
  for (const p of problems) console.error(p);
  if (problems.length > 0) process.exit(1);
}
