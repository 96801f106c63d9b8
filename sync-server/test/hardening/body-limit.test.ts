// Body limits before parsing, on a live port (SQLite, and PostgreSQL + Redis): an anonymous
// sign-in that declares 64 MiB is answered 413 before a byte of the body is sent, a
// chunked one is cut off at the limit, and a signed-in route refuses over 1 MiB. The
// server stays responsive.
import { request } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestRelay } from '../relay-harness.ts';
import { BACKENDS, backendLifecycle, relayOn } from './backends.ts';

backendLifecycle();

interface Answer {
  readonly status: number;
  readonly body: string;
  /** Body bytes the client had written when the answer arrived. */
  readonly sentBytes: number;
}

/** A POST whose body is written slowly, chunk after chunk, until the server answers. */
function post(
  port: number,
  path: string,
  opts: { declaredLength?: number; chunkBytes: number; maxBytes: number; cookie?: string },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (opts.declaredLength !== undefined) headers['content-length'] = String(opts.declaredLength);
    if (opts.cookie) headers['cookie'] = opts.cookie;
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers });
    let sent = 0;
    let answered = false;
    const chunk = Buffer.alloc(opts.chunkBytes, 0x20);
    const pump = () => {
      if (answered || sent >= opts.maxBytes) return;
      sent += chunk.length;
      if (req.write(chunk)) setImmediate(pump);
      else req.once('drain', pump);
    };
    req.on('response', (res: IncomingMessage) => {
      answered = true;
      const sentBytes = sent;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body, sentBytes });
      });
    });
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    req.flushHeaders();
    if (opts.declaredLength === undefined || opts.chunkBytes > 0) pump();
  });
}

const MiB = 1024 * 1024;

describe.each(BACKENDS)('body limits on %s', (backend) => {
  let relay: TestRelay;
  beforeAll(async () => {
    relay = await relayOn(backend);
  }, 60_000);
  afterAll(() => relay?.server.close());

  it('a sign-in declaring 64 MiB is refused with 413 before any body byte is sent', async () => {
    const answer = await post(relay.port, '/api/auth/login', {
      declaredLength: 64 * MiB,
      chunkBytes: 0,
      maxBytes: 0,
    });
    expect(answer.status).toBe(413);
    expect(answer.sentBytes).toBe(0);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'payload-too-large' } });
  });

  it('a chunked sign-in body is cut off at the limit, not read to its end', async () => {
    const answer = await post(relay.port, '/api/auth/login', {
      chunkBytes: 1024,
      maxBytes: 64 * MiB,
    });
    expect(answer.status).toBe(413);
    // what the kernel's socket buffers hold on the way, not 64 MiB
    expect(answer.sentBytes).toBeLessThan(8 * MiB);
  });

  it('a signed-in request over 1 MiB is refused with 413 and creates nothing', async () => {
    const answer = await post(relay.port, '/api/orgs', {
      declaredLength: 2 * MiB,
      chunkBytes: 0,
      maxBytes: 0,
      cookie: relay.cookie,
    });
    expect(answer.status).toBe(413);
    expect(answer.sentBytes).toBe(0);
  });

  it('a normal sign-in still reaches the password check', async () => {
    const res = await fetch(`http://127.0.0.1:${relay.port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'nobody', password: 'x'.repeat(1000) }),
    });
    expect(res.status).toBe(401);
  });
});
