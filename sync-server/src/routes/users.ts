// User administration (mounted under /api, behind requireSession). An admin manages
// only users whose grants all lie inside the admin's subtrees (users without any grant:
// admins of a root only), and grants only inside them. Others' users answer 404.
//   GET /users  POST /users  PATCH /users/:id {displayName?, disabled?}
//   POST /users/:id/password {password}  PUT /users/:id/roles {roles}
// Disabling, a password reset and a role change reach open sockets at once.
import type { Context } from 'hono';
import { Hono } from 'hono';
import {
  parseCreateUserRequest,
  parsePasswordResetRequest,
  parseSetRolesRequest,
  parseUpdateUserRequest,
} from '@profgrid/core';
import type { RoleGrant, UserRecord } from '@profgrid/core';
import { checkPassword } from '../auth/password-policy.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { StoredUser } from '../auth/user-store.ts';
import type { ApiContext, ApiEnv } from '../http/api-context.ts';
import { apiError, badRequest, forbidden, notFound } from '../http/api-error.ts';
import { badBody, parsedBody } from '../http/parsed-body.ts';

const record = ({ passwordHash: _, ...user }: StoredUser): UserRecord => user;

export function userRoutes(ctx: ApiContext): Hono<ApiEnv> {
  const { users, audit } = ctx;
  const me = (c: Context<ApiEnv>) => c.var.session.userId;
  const canGrant = (c: Context<ApiEnv>, grants: readonly RoleGrant[]) =>
    grants.length > 0
      ? grants.every((g) => c.var.access.can(g.orgId, 'admin'))
      : c.var.access.isRootAdmin();
  const target = async (c: Context<ApiEnv>): Promise<StoredUser | undefined> => {
    const user = await users.get(c.req.param('id') ?? '');
    return user && canGrant(c, user.roles) ? user : undefined;
  };
  const orgOf = (grants: readonly RoleGrant[]) => grants[0]?.orgId ?? null;

  return new Hono<ApiEnv>()
    .get('/', async (c) =>
      c.json((await users.all()).filter((u) => canGrant(c, u.roles)).map(record)),
    )
    .post('/', async (c) => {
      const body = await parsedBody(c, parseCreateUserRequest);
      if (!body.ok) return badBody(c, body);
      const { login, displayName, password, roles: grants } = body.value;
      if (!canGrant(c, grants)) return forbidden(c);
      const verdict = checkPassword(password, login);
      if (!verdict.ok) return apiError(c, 400, 'weak-password', verdict.message);
      if (await users.byLogin(login)) return apiError(c, 409, 'conflict', 'login is taken');
      const user = await users.create({
        login,
        displayName,
        passwordHash: await hashPassword(password),
      });
      await users.setGrants(user.id, grants);
      await audit.record({
        action: 'user-create',
        userId: me(c),
        orgId: orgOf(grants),
        detail: `target=${user.login} roles=${grants.length}`,
      });
      return c.json(record((await users.get(user.id))!), 201);
    })
    .patch('/:id', async (c) => {
      const user = await target(c);
      if (!user) return notFound(c, 'user');
      const body = await parsedBody(c, parseUpdateUserRequest);
      if (!body.ok) return badBody(c, body);
      const { displayName, disabled } = body.value;
      if (disabled === true && user.id === me(c))
        return badRequest(c, 'you cannot disable yourself');
      const updated = await users.update(user.id, { displayName, disabled });
      if (disabled === true) {
        await ctx.sessions.endAllOf(user.id);
        ctx.sessionsEnded();
      }
      await audit.record({
        action: 'user-update',
        userId: me(c),
        orgId: orgOf(user.roles),
        detail: `target=${user.login}${disabled === undefined ? '' : ` disabled=${disabled}`}`,
      });
      return c.json(record(updated));
    })
    .post('/:id/password', async (c) => {
      const user = await target(c);
      if (!user) return notFound(c, 'user');
      const body = await parsedBody(c, parsePasswordResetRequest);
      if (!body.ok) return badBody(c, body);
      const { password } = body.value;
      const verdict = checkPassword(password, user.login);
      if (!verdict.ok) return apiError(c, 400, 'weak-password', verdict.message);
      await users.update(user.id, { passwordHash: await hashPassword(password) });
      if (user.id !== me(c)) await ctx.sessions.endAllOf(user.id);
      ctx.sessionsEnded();
      await audit.record({
        action: 'password-reset',
        userId: me(c),
        orgId: orgOf(user.roles),
        detail: `target=${user.login}`,
      });
      return c.body(null, 204);
    })
    .put('/:id/roles', async (c) => {
      const user = await target(c);
      if (!user) return notFound(c, 'user');
      const body = await parsedBody(c, parseSetRolesRequest);
      if (!body.ok) return badBody(c, body);
      const grants = body.value.roles;
      if (grants.length > 0 && !canGrant(c, grants)) return forbidden(c);
      const kept = user.roles.filter((g) => !c.var.access.can(g.orgId, 'admin'));
      await users.setGrants(user.id, [...kept, ...grants]);
      const orgs = new Set([...user.roles, ...grants].map((g) => g.orgId));
      for (const orgId of orgs) {
        await audit.record({
          action: 'roles-change',
          userId: me(c),
          orgId,
          detail: `target=${user.login} roles=${grants.length}`,
        });
      }
      ctx.accessChanged(user.id);
      return c.json(record((await users.get(user.id))!));
    });
}
