// Landing by role, the organization page's links and the wording of tasks.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TaskItem } from '@profgrid/core';
import {
  confirmEarlyLanding,
  enteredAtRoot,
  landingPath,
  rememberLanding,
  rememberedLanding,
} from './landing.ts';
import { orgLinks } from './org-links.ts';
import { taskView } from './task-views.ts';

const orgs = [
  { id: 'city', parentId: null },
  { id: 'school-1', parentId: 'city' },
  { id: 'school-2', parentId: 'city' },
];

describe('landingPath', () => {
  it('sends a chair of one organization to its member list', () => {
    expect(landingPath([{ orgId: 'school-1', role: 'editor' }], orgs)).toBe('/org/school-1');
  });
  it('sends a committee (one grant on an organization with subordinates) to its summary', () => {
    expect(landingPath([{ orgId: 'city', role: 'viewer' }], orgs)).toBe('/dashboard/city');
    // the lazy org list knows only the committee itself, with its children's count
    const lazy = [{ id: 'city', parentId: null, childCount: 2 }];
    expect(landingPath([{ orgId: 'city', role: 'viewer' }], lazy)).toBe('/dashboard/city');
  });
  it('leaves several organizations, or an unknown one, to the picker', () => {
    const two = [
      { orgId: 'school-1', role: 'editor' as const },
      { orgId: 'school-2', role: 'editor' as const },
    ];
    expect(landingPath(two, orgs)).toBeNull();
    expect(landingPath([{ orgId: 'gone', role: 'editor' }], orgs)).toBeNull();
    expect(landingPath([], orgs)).toBeNull();
  });
  it('lands only when the tab was loaded at /', () => {
    expect(enteredAtRoot('http://h/', 'http://h')).toBe(true);
    expect(enteredAtRoot('http://h/org/school-1', 'http://h')).toBe(false);
    expect(enteredAtRoot(undefined, 'http://h')).toBe(false);
  });
});

describe('orgLinks', () => {
  it('offers summary, report, forms, tables and requests to any role, none without one, not the page itself', () => {
    expect(orgLinks('school-1', 'viewer').map((l) => l.href)).toEqual([
      '/dashboard/school-1',
      '/report/school-1',
      '/forms/school-1',
      '/tables/school-1',
      '/requests/school-1',
    ]);
    expect(orgLinks('city', 'editor', 'summary').map((l) => l.id)).toEqual([
      'report',
      'forms',
      'tables',
      'requests',
    ]);
    expect(orgLinks('city', null)).toEqual([]);
  });

  it('leads a primary organization’s links with its member list, except on that list', () => {
    expect(orgLinks('school-1', 'editor', 'forms', true).map((l) => l.id)).toEqual([
      'members',
      'summary',
      'report',
      'tables',
      'requests',
    ]);
    expect(orgLinks('school-1', 'editor', undefined, true)[0]?.href).toBe('/org/school-1');
    expect(orgLinks('school-1', 'editor', 'members', true).map((l) => l.id)).not.toContain(
      'members',
    );
  });
});

describe('taskView', () => {
  const task: TaskItem = {
    id: 'passport:school-1',
    kind: 'passport',
    orgId: 'school-1',
    deadline: '2026-12-20',
    overdue: false,
    figures: { percent: 60, missing: 2 },
  };
  it('words a passport task with its percent and deadline (ДД.ММ.ГГГГ) and opens the passport', () => {
    const v = taskView(task, 'Школа № 1');
    expect(v.text).toEqual({ key: 'tasks.passport', params: { org: 'Школа № 1', percent: 60 } });
    expect(v.href).toBe('/org/school-1?tab=passport');
    expect(v.due).toEqual({ key: 'tasks.due', params: { date: '20.12.2026' } });
    expect(taskView({ ...task, overdue: true }, 'x').due?.key).toBe('tasks.overdue');
  });
  it('words a report-form task, returned or not, and opens the organization’s forms', () => {
    const form = { ...task, id: 'statform:school-1:2027-01-01', kind: 'statform', figures: {} };
    expect(taskView(form, 'Школа № 1')).toMatchObject({
      text: { key: 'tasks.statform', params: { org: 'Школа № 1' } },
      href: '/forms/school-1/2027-01-01',
    });
    const back = taskView({ ...form, figures: { returned: 1 } }, 'x');
    expect(back.text.key).toBe('tasks.statformReturned');
  });
  it('still shows a kind it does not know, without a deadline', () => {
    const v = taskView({ ...task, kind: 'transfer', deadline: null }, 'Школа № 1');
    expect(v.text.key).toBe('tasks.other');
    expect(v.due).toBeNull();
  });
});

describe('the remembered landing', () => {
  // Node has no localStorage without a flag: a Map stands in for the browser's.
  const store = new Map<string, string>();
  Object.assign(globalThis, {
    localStorage: {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    },
  });
  const city = [{ orgId: 'city', role: 'viewer' as const }];

  it('is the last path of the same user while it names their one organization', () => {
    rememberLanding('u1', '/dashboard/city');
    expect(rememberedLanding('u1', city)).toBe('/dashboard/city');
    expect(rememberedLanding('u2', city)).toBeNull();
    expect(rememberedLanding('u1', [{ orgId: 'school-1', role: 'editor' }])).toBeNull();
    expect(rememberedLanding('u1', [...city, { orgId: 'school-1', role: 'editor' }])).toBeNull();
  });

  it('is forgotten when there is nowhere to land, and ignores what it did not write', () => {
    rememberLanding('u1', null);
    expect(rememberedLanding('u1', city)).toBeNull();
    store.set('profgrid.landing', '{"user":"u1","path":"/admin"}');
    expect(rememberedLanding('u1', city)).toBeNull();
    store.set('profgrid.landing', 'not json');
    expect(rememberedLanding('u1', city)).toBeNull();
  });

  it("keeps app.html's early entry only when it is the user's own remembered landing, once", () => {
    const w = globalThis as { pgEarlyLanding?: unknown };
    rememberLanding('u1', '/dashboard/city');
    w.pgEarlyLanding = '/dashboard/city';
    expect(confirmEarlyLanding('u2', city)).toBe('/');
    expect(w.pgEarlyLanding).toBeUndefined();
    w.pgEarlyLanding = '/dashboard/city';
    expect(confirmEarlyLanding('u1', [{ orgId: 'school-1', role: 'editor' }])).toBe('/');
    expect(confirmEarlyLanding('u1', city)).toBeNull();
    w.pgEarlyLanding = '/dashboard/city';
    expect(confirmEarlyLanding('u1', city)).toBeNull();
    expect(w.pgEarlyLanding).toBeUndefined();
  });
});

describe('likelyDashboard', () => {
  const enteredAt = (path: string) => {
    vi.stubGlobal('location', { origin: 'http://h' });
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([
      { name: `http://h${path}` } as PerformanceEntry,
    ]);
  };
  beforeEach(() => localStorage.removeItem('profgrid.landing'));
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });
  // a fresh module each time: the guess is made once per page load
  const fresh = async () => {
    vi.resetModules();
    return (await import('./landing.ts')).likelyDashboard;
  };

  it('names the one granted organization on a first entry at `/`, once per page load', async () => {
    enteredAt('/');
    const likely = await fresh();
    expect(likely('u1', [{ orgId: 'city', role: 'viewer' }])).toBe('city');
    expect(likely('u1', [{ orgId: 'city', role: 'viewer' }])).toBeNull();
  });
  it('guesses nothing for a chair, several organizations, a remembered landing or an entry elsewhere', async () => {
    enteredAt('/');
    expect((await fresh())('u1', [{ orgId: 'school-1', role: 'editor' }])).toBeNull();
    const several = [
      { orgId: 'city', role: 'viewer' },
      { orgId: 'school-1', role: 'editor' },
    ] as const;
    expect((await fresh())('u1', several)).toBeNull();
    const { rememberLanding: remember } = await import('./landing.ts');
    remember('u1', '/dashboard/city');
    expect((await fresh())('u1', [{ orgId: 'city', role: 'viewer' }])).toBeNull();
    localStorage.removeItem('profgrid.landing');
    enteredAt('/org/city');
    expect((await fresh())('u1', [{ orgId: 'city', role: 'viewer' }])).toBeNull();
  });
});
