// The SPA's files compressed once: the build writes each file's Brotli and gzip forms beside
// it (`x.js.br`, `x.js.gz`: the static adapter's precompress), which are read with the file;
// a file without fresh ones (older than the file, or missing) is compressed on zlib's thread
// pool the first time it is asked for (or when warm() walks the folder). Either way the
// result is kept with its strong ETag until the file's mtime or size changes, so answers
// cost no compression work — and the first browser after a restart waits for none.
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { createHash } from 'node:crypto';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Types worth compressing (images and fonts here are compressed already). */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.wasm',
  '.ico',
]);
const MIN_BYTES = 1024;

export interface CompressedFile {
  readonly raw: Uint8Array<ArrayBuffer>;
  readonly gzip: Uint8Array<ArrayBuffer> | null;
  readonly br: Uint8Array<ArrayBuffer> | null;
  /** Strong tag of the raw bytes; encodings get it weak (`W/`). */
  readonly etag: string;
}

interface Entry {
  readonly mtimeMs: number;
  readonly size: number;
  readonly file: Promise<CompressedFile>;
}

/** The build's own compressed form of a file, when it is not older than the file. */
async function prebuilt(path: string, mtimeMs: number): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    if ((await stat(path)).mtimeMs < mtimeMs) return null;
    return new Uint8Array(await readFile(path));
  } catch {
    return null;
  }
}

async function load(path: string, mtimeMs: number): Promise<CompressedFile> {
  const raw = new Uint8Array(await readFile(path));
  const etag = `"${createHash('sha1').update(raw).digest('base64url')}"`;
  if (!COMPRESSIBLE.has(extname(path).toLowerCase()) || raw.byteLength < MIN_BYTES) {
    return { raw, gzip: null, br: null, etag };
  }
  const [gz, br] = await Promise.all([
    prebuilt(`${path}.gz`, mtimeMs).then((bytes) => bytes ?? gzipAsync(raw, { level: 9 })),
    prebuilt(`${path}.br`, mtimeMs).then(
      (bytes) =>
        bytes ??
        brotliAsync(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.byteLength,
          },
        }),
    ),
  ]);
  return { raw, gzip: new Uint8Array(gz), br: new Uint8Array(br), etag };
}

export class CompressedFiles {
  readonly #entries = new Map<string, Entry>();

  /** The file's bytes and encodings; re-read when it changed on disk. */
  async get(path: string): Promise<CompressedFile> {
    const { mtimeMs, size } = await stat(path);
    const known = this.#entries.get(path);
    if (known && known.mtimeMs === mtimeMs && known.size === size) return known.file;
    const file = load(path, mtimeMs);
    this.#entries.set(path, { mtimeMs, size, file });
    file.catch(() => this.#entries.delete(path));
    return file;
  }

  /** Compresses every file under `dir`, one at a time (start-up, in the background). */
  async warm(dir: string): Promise<void> {
    let names: string[];
    try {
      names = (await readdir(dir, { recursive: true })).map(String);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      try {
        if ((await stat(path)).isFile()) await this.get(path);
      } catch {
        // gone meanwhile: the next request reads it again
      }
    }
  }
}

/** The encoding to send: br when accepted, else gzip, else none (q=0 refuses one). */
export function pickEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    if (name) accepted.set(name, q ? Number(q[1]) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}
