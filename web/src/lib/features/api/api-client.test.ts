import { describe, expect, it, vi } from 'vitest';
import { ApiClient, parseApiError, refusedField, withQuery } from './api-client.ts';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers });

describe('parseApiError', () => {
  it('reads code, message and retryAfterSeconds', () => {
    expect(
      parseApiError(429, {
        error: { code: 'throttled', message: 'slow', retryAfterSeconds: 12.2 },
      }),
    ).toEqual({
      kind: 'api',
      status: 429,
      code: 'throttled',
      message: 'slow',
      retryAfterSeconds: 13,
    });
  });
  it('falls back to the status for unknown bodies and reads Retry-After', () => {
    expect(parseApiError(401, 'junk')).toMatchObject({ code: 'unauthenticated' });
    expect(parseApiError(429, null, '30')).toMatchObject({
      code: 'throttled',
      retryAfterSeconds: 30,
    });
    expect(parseApiError(500, { error: { code: 'nope' } })).toMatchObject({ code: 'bad-request' });
  });
});

describe('a refused body’s field', () => {
  it('carries the field of a 400 bad-request through the client', async () => {
    const client = new ApiClient({
      fetch: async () =>
        json(400, { error: { code: 'bad-request', message: 'code is required', field: 'code' } }),
    });
    const r = await client.post('/api/orgs', { name: 'x' });
    expect(r).toEqual({
      ok: false,
      error: {
        kind: 'api',
        status: 400,
        code: 'bad-request',
        message: 'code is required',
        field: 'code',
      },
    });
    expect(refusedField(r.ok ? null : r.error)).toBe('code');
  });
  it('has no field without one, for junk and for other codes', () => {
    expect(parseApiError(400, { error: { code: 'bad-request', message: 'm' } })).not.toHaveProperty(
      'field',
    );
    expect(parseApiError(400, { error: { code: 'bad-request', field: 7 } })).not.toHaveProperty(
      'field',
    );
    expect(refusedField(parseApiError(400, { error: { code: 'bad-request' } }))).toBeNull();
    expect(refusedField(parseApiError(409, { error: { code: 'conflict', field: 'code' } }))).toBe(
      null,
    );
    expect(refusedField({ kind: 'network' })).toBeNull();
    expect(
      parseApiError(429, { error: { code: 'throttled', retryAfterSeconds: 2, field: 'login' } }),
    ).toMatchObject({ retryAfterSeconds: 2, field: 'login' });
  });
});

describe('ApiClient', () => {
  const ids = (v: unknown) =>
    Array.isArray(v) && v.every((x) => typeof x?.id === 'string') ? (v as { id: string }[]) : null;

  it("returns the body read by the caller's parser, or no value for 204", async () => {
    const fetch = vi.fn(async () => json(200, [{ id: 'a' }]));
    const client = new ApiClient({ fetch });
    expect(await client.get('/api/orgs', ids)).toEqual({ ok: true, value: [{ id: 'a' }] });
    const empty = new ApiClient({ fetch: async () => new Response(null, { status: 204 }) });
    expect(await empty.post('/api/auth/logout')).toEqual({ ok: true, value: undefined });
  });

  it('refuses a 2xx body its parser does not accept, as malformed', async () => {
    const client = new ApiClient({ fetch: async () => json(200, [{ id: 7 }]) });
    expect(await client.get('/api/orgs', ids)).toEqual({
      ok: false,
      error: { kind: 'malformed', status: 200 },
    });
    const notJson = new ApiClient({ fetch: async () => new Response('<html>', { status: 200 }) });
    expect(await notJson.get('/api/orgs', ids)).toMatchObject({ error: { kind: 'malformed' } });
  });

  it('sends JSON bodies with the method', async () => {
    const fetch = vi.fn(async (..._args: Parameters<typeof globalThis.fetch>) => json(200, {}));
    await new ApiClient({ fetch }).patch('/api/users/u1', { disabled: true });
    const init = fetch.mock.calls[0]![1]!;
    expect(init.method).toBe('PATCH');
    expect(init.body).toBe('{"disabled":true}');
  });

  it('reports network failures without throwing', async () => {
    const client = new ApiClient({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(await client.get('/api/me', ids)).toEqual({ ok: false, error: { kind: 'network' } });
  });

  it('tells the listener when the session is gone, not on bad credentials', async () => {
    const onUnauthenticated = vi.fn();
    const gone = new ApiClient({
      fetch: async () => json(401, { error: { code: 'unauthenticated', message: '' } }),
      onUnauthenticated,
    });
    await gone.get('/api/me', ids);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    const bad = new ApiClient({
      fetch: async () => json(401, { error: { code: 'bad-credentials', message: '' } }),
      onUnauthenticated,
    });
    const r = await bad.post('/api/auth/login', { login: 'x', password: 'y' });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-credentials' } });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });
});

describe('withQuery', () => {
  it('skips empty params', () => {
    expect(withQuery('/api/audit', { orgId: 'c', from: '', limit: 100 })).toBe(
      '/api/audit?orgId=c&limit=100',
    );
    expect(withQuery('/api/chairs', {})).toBe('/api/chairs');
  });
});
