// Who may read GET /metrics: loopback without a proxy hop, or anyone with METRICS_TOKEN.
import { describe, expect, it } from 'vitest';
import { metricsRoutes } from './metrics-route.ts';

const from = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

function get(token: string | undefined, peer: string, headers: Record<string, string> = {}) {
  return metricsRoutes({ token, render: () => 'x 1\n' }).request(
    '/metrics',
    { headers },
    from(peer),
  );
}

describe('GET /metrics access', () => {
  it('answers a loopback client (IPv4, IPv6, mapped) when no token is set', async () => {
    for (const peer of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
      const res = await get(undefined, peer);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/plain; version=0.0.4');
      expect(await res.text()).toBe('x 1\n');
    }
  });

  it('refuses another address, and a loopback request that came through a proxy', async () => {
    expect((await get(undefined, '10.1.2.3')).status).toBe(403);
    expect((await get(undefined, '127.0.0.1', { 'x-forwarded-for': '203.0.113.9' })).status).toBe(
      403,
    );
  });

  it('with METRICS_TOKEN answers only the bearer of that token, from anywhere', async () => {
    expect((await get('s3cret', '10.1.2.3', { authorization: 'Bearer s3cret' })).status).toBe(200);
    expect((await get('s3cret', '127.0.0.1')).status).toBe(403);
    expect((await get('s3cret', '127.0.0.1', { authorization: 'Bearer s3cre' })).status).toBe(403);
  });
});
