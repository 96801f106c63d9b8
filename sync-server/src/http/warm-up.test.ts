import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WARM_UP_PATHS, warmUp } from './warm-up.ts';

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function listening(handler: Parameters<typeof createServer>[1]): Promise<AddressInfo> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
  return server.address() as AddressInfo;
}

describe('warmUp', () => {
  it('asks a server listening on every interface for the probe and the session check, in order', async () => {
    const asked: string[] = [];
    const address = await listening((req, res) => {
      asked.push(req.url!);
      res.statusCode = req.url === '/api/me' ? 401 : 200;
      res.end('{}');
    });
    expect(address.address).toBe('0.0.0.0');
    await warmUp(address);
    expect(asked).toEqual([...WARM_UP_PATHS]);
    expect(asked).toEqual(['/healthz', '/api/me']);
  });

  it('resolves when nothing answers: a refused connection is no start-up failure', async () => {
    const address = await listening(() => {});
    const port = address.port;
    await new Promise((r) => servers.pop()!.close(r));
    await expect(warmUp({ ...address, port }, ['/healthz'])).resolves.toBeUndefined();
  });
});
