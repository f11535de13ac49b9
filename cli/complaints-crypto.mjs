// The static complaints format, Node side (node:crypto). The browser side is
// src/complaint-status/static-crypto.ts; docs/complaint-status.md describes the scheme.
import { createCipheriv, createDecipheriv, pbkdf2, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';

const pbkdf2Async = promisify(pbkdf2);

export const STATIC_FORMAT = 'og-complaints-static';
export const MIN_ITERATIONS = 100_000;
export const MAX_ITERATIONS = 5_000_000;
export const DEFAULT_ITERATIONS = 210_000;

/** Must stay identical to normalizeReference in static-crypto.ts. */
export const normalizeReference = (reference) => String(reference).normalize('NFKC').replace(/\s+/g, '').toUpperCase();
/** Must stay identical to normalizeSecret in static-crypto.ts. */
export const normalizeSecret = (secret) => String(secret).normalize('NFKC').replace(/[\s\-\u2010-\u2015]+/g, '').toUpperCase();

/** The public metadata of a new folder (index.json). */
export function newMetadata(iterations = DEFAULT_ITERATIONS, now = new Date()) {
  return {
    format: STATIC_FORMAT,
    version: 1,
    kdf: 'PBKDF2-SHA-256',
    iterations,
    salt: randomBytes(16).toString('base64'),
    cipher: 'AES-GCM-256',
    publishedAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

/** 64 bytes of PBKDF2-SHA-256: the AES-256 key (0–31) and the file name (32–47, hex). */
export async function deriveLookup(reference, secret, meta) {
  const password = Buffer.from(`${normalizeReference(reference)}\n${normalizeSecret(secret)}`, 'utf8');
  const bits = await pbkdf2Async(password, Buffer.from(meta.salt, 'base64'), meta.iterations, 64, 'sha256');
  return { key: bits.subarray(0, 32), name: bits.subarray(32, 48).toString('hex') };
}

/** Plaintexts are padded with spaces (valid JSON whitespace) so sizes tell little. */
export const PAD_TO = 512;

export function encrypt(plaintext, key) {
  const bytes = Buffer.from(plaintext, 'utf8');
  const padded = Buffer.concat([bytes, Buffer.alloc((PAD_TO - (bytes.length % PAD_TO)) % PAD_TO, 0x20)]);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(padded), cipher.final(), cipher.getAuthTag()]);
  return { v: 1, iv: iv.toString('base64'), ciphertext: ciphertext.toString('base64') };
}

/** Throws when the tag does not match (wrong key, changed file). */
export function decrypt(envelope, key) {
  const iv = Buffer.from(envelope.iv, 'base64');
  const data = Buffer.from(envelope.ciphertext, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(data.subarray(data.length - 16));
  return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString('utf8');
}
