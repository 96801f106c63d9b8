// Demo users, created once when the demo tree is first seeded: demo-admin (admin of the
// root), demo-city (editor) and demo-viewer (viewer) of the Belgorod city organization,
// demo-school4 / demo-school5 (editors of school-004 / school-005). Passwords are random
// (20 characters), printed once to stdout as a plain block and written to
// DATA_DIR/demo-users.json (mode 0600) — demo credentials, never personal data.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '@profgrid/core';
import { hashPassword } from '../auth/passwords.ts';
import type { UserStore } from '../auth/user-store.ts';

export const DEMO_USERS_FILE = 'demo-users.json';

export interface DemoUser {
  readonly login: string;
  readonly password: string;
  readonly role: Role;
  readonly org: string;
}

const DEMO: readonly [login: string, displayName: string, role: Role, org: string][] = [
  ['demo-admin', 'Демо: администратор', 'admin', 'central'],
  ['demo-city', 'Демо: горком (редактор)', 'editor', 'belgorod-city'],
  ['demo-viewer', 'Демо: горком (просмотр)', 'viewer', 'belgorod-city'],
  ['demo-school4', 'Демо: Школа № 4', 'editor', 'school-004'],
  ['demo-school5', 'Демо: Школа № 5', 'editor', 'school-005'],
];

export async function createDemoUsers(
  users: UserStore,
  dataDir: string,
  print: (text: string) => void,
): Promise<DemoUser[]> {
  const created: DemoUser[] = [];
  for (const [login, displayName, role, org] of DEMO) {
    if (await users.byLogin(login)) continue;
    const password = randomBytes(15).toString('base64url');
    const user = await users.create({
      login,
      displayName,
      passwordHash: await hashPassword(password),
    });
    await users.setGrants(user.id, [{ orgId: org, role }]);
    created.push({ login, password, role, org });
  }
  if (created.length === 0) return created;
  const file = join(dataDir, DEMO_USERS_FILE);
  writeFileSync(file, JSON.stringify(created, null, 2) + '\n', { mode: 0o600 });
  const lines = created.map((u) => `  ${u.login.padEnd(14)} ${u.password}   ${u.role} of ${u.org}`);
  print(
    [
      '',
      '==== Profgrid demo users (shown once; also in ' + file + ') ====',
      ...lines,
      '='.repeat(60),
      '',
    ].join('\n'),
  );
  return created;
}
