import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CompressedFiles } from './compressed-files.ts';

const TEXT = 'export const x = 1;\n'.repeat(200);

function builtFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'profgrid-files-')), 'chunk.js');
  writeFileSync(path, TEXT);
  return path;
}

describe('the SPA files compressed', () => {
  it("sends the build's own .br and .gz when they are not older than the file", async () => {
    const path = builtFile();
    // Marked bytes, so the test sees which were sent: the build's, not a fresh compression.
    const br = brotliCompressSync(Buffer.from(`${TEXT}// built br`));
    const gz = gzipSync(Buffer.from(`${TEXT}// built gz`));
    writeFileSync(`${path}.br`, br);
    writeFileSync(`${path}.gz`, gz);
    const file = await new CompressedFiles().get(path);
    expect(Buffer.from(file.br!).equals(br)).toBe(true);
    expect(Buffer.from(file.gzip!).equals(gz)).toBe(true);
    expect(new TextDecoder().decode(file.raw)).toBe(TEXT);
  });

  it('compresses the file itself when its siblings are older or missing', async () => {
    const path = builtFile();
    writeFileSync(`${path}.gz`, gzipSync(Buffer.from('an older build')));
    const past = new Date(Date.now() - 60_000);
    utimesSync(`${path}.gz`, past, past);
    const file = await new CompressedFiles().get(path);
    expect(gunzipSync(file.gzip!).toString()).toBe(TEXT);
    expect(file.br).not.toBeNull();
  });
});
