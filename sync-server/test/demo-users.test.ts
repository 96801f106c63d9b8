// Demo users: created on the first start with the demo tree, passwords printed once and
// written to DATA_DIR/demo-users.json (mode 0600); a restart neither recreates nor
// reprints them; each logs in through the API with the role the file states.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Me } from '@profgrid/core';
import type { DemoUser } from '../src/demo/demo-users.ts';
import { removeDir, startTestRelay, tempDataDir } from './relay-harness.ts';

const dataDir = tempDataDir();
afterAll(() => removeDir(dataDir));

describe('demo users', () => {
  it('are written once with random passwords and log in with their roles', async () => {
    const printed: string[] = [];
    const first = await startTestRelay({ dataDir, seed: 'tree', print: (t) => printed.push(t) });
    const file = join(dataDir, 'demo-users.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const users = JSON.parse(readFileSync(file, 'utf8')) as DemoUser[];
    expect(users.map((u) => [u.login, u.role, u.org])).toEqual([
      ['demo-admin', 'admin', 'central'],
      ['demo-city', 'editor', 'belgorod-city'],
      ['demo-viewer', 'viewer', 'belgorod-city'],
      ['demo-school4', 'editor', 'school-004'],
      ['demo-school5', 'editor', 'school-005'],
    ]);
    expect(users.every((u) => u.password.length >= 16)).toBe(true);
    expect(printed.join('')).toContain(users[0]!.password);
    for (const u of users) {
      const res = await fetch(`${first.server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: u.login, password: u.password }),
      });
      expect(((await res.json()) as Me).roles).toEqual([{ orgId: u.org, role: u.role }]);
    }
    await first.server.close();

    printed.length = 0;
    const second = await startTestRelay({ dataDir, seed: 'tree', print: (t) => printed.push(t) });
    expect(printed).toEqual([]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(users);
    await second.server.close();
  });
});
