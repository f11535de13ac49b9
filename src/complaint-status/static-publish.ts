/**
 * The write side of the static complaints format (the read side is static-crypto.ts): one
 * implementation for `complaints publish` (Node 20, through the bundle that
 * scripts/build-schemas.mjs writes to dist/node/complaints-crypto.mjs) and the data desk
 * (in the browser). Web Crypto only: both have `crypto.subtle` (the desk runs on https,
 * localhost or file://, all secure contexts).
 */
import { MAX_ITERATIONS, MIN_ITERATIONS, STATIC_FORMAT, cryptoBackend, deriveLookup, fromBase64, normalizeReference } from './static-crypto.js';

export * from './static-crypto.js';
export * from './secret-code.js';

/** OWASP's 2023 figure for PBKDF2-SHA-256. Folders keep their own count in index.json. */
export const DEFAULT_ITERATIONS = 600_000;
/** Plaintexts are padded with spaces (valid JSON whitespace) so sizes tell little. */
export const PAD_TO = 512;

export interface StaticIndex {
  format: typeof STATIC_FORMAT;
  version: 1;
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  cipher: 'AES-GCM-256';
  publishedAt: string;
}

export interface Envelope {
  v: 1;
  iv: string;
  ciphertext: string;
}

/** One complaint ready to publish: its contract fields (already validated) and its secret. */
export interface PublishableRecord {
  complaint: { reference: string } & Record<string, unknown>;
  secret: string;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const subtle = (): SubtleCrypto => {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('Web Crypto is not available (the page must be served over https, localhost or opened from the disk)');
  return s;
};

export function checkIterations(iterations: number): void {
  if (!Number.isInteger(iterations) || iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS)
    throw new RangeError(`iterations must be a whole number from ${MIN_ITERATIONS} to ${MAX_ITERATIONS}`);
}

/** The public metadata of a new folder (index.json), with a fresh 16-byte salt. */
export function newIndex(iterations = DEFAULT_ITERATIONS, now = new Date()): StaticIndex {
  checkIterations(iterations);
  return {
    format: STATIC_FORMAT,
    version: 1,
    kdf: 'PBKDF2-SHA-256',
    iterations,
    salt: toBase64(globalThis.crypto.getRandomValues(new Uint8Array(16))),
    cipher: 'AES-GCM-256',
    publishedAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

/** AES-GCM-256 with a fresh 12-byte IV; the tag is appended to the ciphertext (Web Crypto's layout). */
export async function sealEnvelope(plaintext: string, key: Uint8Array): Promise<Envelope> {
  const bytes = new TextEncoder().encode(plaintext);
  const padded = new Uint8Array(bytes.length + ((PAD_TO - (bytes.length % PAD_TO)) % PAD_TO)).fill(0x20);
  padded.set(bytes);
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const aes = await subtle().importKey('raw', key as BufferSource, 'AES-GCM', false, ['encrypt']);
  const sealed = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv }, aes, padded));
  return { v: 1, iv: toBase64(iv), ciphertext: toBase64(sealed) };
}

/** Runs `work` over `items` with at most `limit` at a time (PBKDF2 runs off the main thread). */
async function pooled<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]);
      }
    }),
  );
  return results;
}

/**
 * The whole folder, as file name → text: `index.json` and one `{name}.json` per record.
 * Throws on two records with the same reference (one would hide the other).
 */
export async function publishStaticFolder(records: readonly PublishableRecord[], options: { iterations?: number; now?: Date } = {}): Promise<Map<string, string>> {
  const seen = new Set<string>();
  for (const { complaint } of records) {
    const key = normalizeReference(complaint.reference);
    if (seen.has(key)) throw new Error(`two records have the reference ${complaint.reference}`);
    seen.add(key);
  }
  const index = newIndex(options.iterations ?? DEFAULT_ITERATIONS, options.now);
  const meta = { iterations: index.iterations, salt: fromBase64(index.salt) };
  const backend = await cryptoBackend(false, subtle());
  const files = new Map<string, string>();
  const sealed = await pooled(records, 4, async ({ complaint, secret }) => {
    const { key, name } = await deriveLookup(complaint.reference, secret, meta, backend);
    return [`${name}.json`, JSON.stringify(await sealEnvelope(JSON.stringify(complaint), key)) + '\n'] as const;
  });
  for (const [name, text] of sealed) files.set(name, text);
  files.set('index.json', JSON.stringify(index, null, 2) + '\n');
  return files;
}
