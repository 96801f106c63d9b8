// The wipe's allow-list: what the app writes is removed unless it is one of the harmless
// keys (language, tours seen, a pending offline logout, the card check page's public data).
import { describe, expect, it } from 'vitest';
import { isKeptKey, wipeStorage } from './stored-keys.ts';

/** A Storage over a Map: the same key/length/removeItem contract as the browser's. */
class MapStorage {
  readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

describe('wipeStorage', () => {
  it('removes the user’s and members’ data and keeps only the harmless keys', () => {
    const s = new MapStorage();
    const written = {
      'profgrid:request:r1:school-004': '{"questions":[]}',
      'profgrid.tasksShown': '1',
      'pg-card-token': 'secret',
      'pg-card': '{"card":{"name":"Иванова"}}',
      'pg-card-partners': '[]',
      'some.future.key': 'x',
      'profgrid.locale': 'en',
      'profgrid.tour.grid.u1': '1',
      'profgrid.tour.auto': '0',
      'profgrid.logoutPending': '1',
      'pg-check-keys': '[]',
      'pg-check-crl': '{}',
      'pg-check-events': '[]',
    };
    for (const [k, v] of Object.entries(written)) s.items.set(k, v);
    const removed = wipeStorage(s);
    expect(removed.sort()).toEqual([
      'pg-card',
      'pg-card-partners',
      'pg-card-token',
      'profgrid.tasksShown',
      'profgrid:request:r1:school-004',
      'some.future.key',
    ]);
    expect([...s.items.keys()].sort()).toEqual([
      'pg-check-crl',
      'pg-check-events',
      'pg-check-keys',
      'profgrid.locale',
      'profgrid.logoutPending',
      'profgrid.tour.auto',
      'profgrid.tour.grid.u1',
    ]);
  });

  it('keeps nothing when told so (sessionStorage)', () => {
    const s = new MapStorage();
    s.items.set('profgrid.locale', 'ru');
    s.items.set('profgrid.tasksShown', '1');
    wipeStorage(s, () => false);
    expect(s.length).toBe(0);
  });

  it('does not keep a look-alike of a kept key', () => {
    expect(isKeptKey('profgrid.locale')).toBe(true);
    expect(isKeptKey('profgrid.localeX')).toBe(false);
    expect(isKeptKey('profgrid.tourist')).toBe(false);
    expect(isKeptKey('profgrid:request:x:y')).toBe(false);
  });
});
