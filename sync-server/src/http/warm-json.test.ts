import { describe, expect, it } from 'vitest';
import { warmJsonPath } from './warm-json.ts';

describe('warmJsonPath', () => {
  it('passes a JSON answer over 1 KiB through compression and the ETag, then revalidates it', async () => {
    expect(await warmJsonPath()).toEqual({ encoding: 'gzip', revalidated: 304 });
  });
});
