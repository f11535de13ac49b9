/**
 * The static format: one encrypted file per complaint, on any static host (docs/complaint-status.md).
 *
 *   {folder}/index.json   public metadata: {format, version, kdf: "PBKDF2-SHA-256", iterations, salt, cipher}
 *   {folder}/{name}.json  {"v": 1, "iv": base64, "ciphertext": base64}  (AES-GCM-256, tag appended)
 *
 * PBKDF2-SHA-256(password = normalized reference + "\n" + normalized secret, salt, iterations)
 * gives 64 bytes: bytes 0–31 are the AES-GCM-256 key, bytes 32–47 in lowercase hex are the
 * file name. Without both values a folder tells neither which references exist nor anything
 * they hold. Web Crypto does the work; where it is missing (a page served over plain http)
 * a pure-JS fallback is loaded on demand. The command-line tool (cli/complaints-publish.mjs)
 * writes the same format with node:crypto.
 */
import { LoadError } from '../core/loader.js';

export const STATIC_FORMAT = 'og-complaints-static';
export const MIN_ITERATIONS = 100_000;
/** Above this a folder would freeze old phones for minutes: refused as not valid. */
export const MAX_ITERATIONS = 5_000_000;

export interface StaticMetadata {
  iterations: number;
  salt: Uint8Array;
}

export interface DerivedLookup {
  /** The file name, without `.json`. */
  name: string;
  /** The 32-byte AES-GCM key. */
  key: Uint8Array;
}

/** Case, spaces and look-alike characters (full-width digits…) do not matter in a reference. */
export function normalizeReference(reference: string): string {
  return reference.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** Nor in a secret, where hyphens are only there to help reading it. */
export function normalizeSecret(secret: string): string {
  return secret.normalize('NFKC').replace(/[\s\-‐-―]+/g, '').toUpperCase();
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** Reads `index.json`; anything unexpected is not valid (an error state, never a crash). */
export function parseMetadata(raw: unknown): StaticMetadata {
  const meta = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const iterations = meta.iterations;
  const ok =
    (meta.format === undefined || meta.format === STATIC_FORMAT) &&
    meta.version === 1 &&
    typeof meta.kdf === 'string' &&
    meta.kdf.toUpperCase() === 'PBKDF2-SHA-256' &&
    (meta.cipher === undefined || meta.cipher === 'AES-GCM-256') &&
    typeof iterations === 'number' &&
    Number.isInteger(iterations) &&
    iterations >= MIN_ITERATIONS &&
    iterations <= MAX_ITERATIONS &&
    typeof meta.salt === 'string';
  if (!ok) throw invalid('index.json is not a complaints folder of a supported version');
  let salt: Uint8Array;
  try {
    salt = fromBase64(meta.salt as string);
  } catch {
    throw invalid('index.json: salt is not base64');
  }
  if (salt.length < 16) throw invalid('index.json: salt shorter than 16 bytes');
  return { iterations: iterations as number, salt };
}

function invalid(message: string): LoadError {
  console.warn(`[opengov-widgets] ${message}`);
  return new LoadError('invalid', 'invalid');
}

/** The pure-JS fallback, for pages where `crypto.subtle` is missing. */
export interface CryptoBackend {
  deriveBits(password: Uint8Array, salt: Uint8Array, iterations: number): Promise<Uint8Array>;
  /** Resolves with the plaintext, or rejects when the authentication tag does not match. */
  decrypt(key: Uint8Array, iv: Uint8Array, ciphertext: Uint8Array): Promise<Uint8Array>;
}

const webCrypto = (subtle: SubtleCrypto): CryptoBackend => ({
  async deriveBits(password, salt, iterations) {
    const base = await subtle.importKey('raw', password as BufferSource, 'PBKDF2', false, ['deriveBits']);
    const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, base, 512);
    return new Uint8Array(bits);
  },
  async decrypt(key, iv, ciphertext) {
    const aes = await subtle.importKey('raw', key as BufferSource, 'AES-GCM', false, ['decrypt']);
    return new Uint8Array(await subtle.decrypt({ name: 'AES-GCM', iv: iv as BufferSource }, aes, ciphertext as BufferSource));
  },
});

/** How many times the fallback was loaded (tests check it stays lazy). */
export let fallbackLoads = 0;

/** Web Crypto when the page has it; else (or when forced) the pure-JS fallback, imported now. */
export async function cryptoBackend(forcePureJs = false, subtle: SubtleCrypto | null | undefined = globalThis.crypto?.subtle): Promise<CryptoBackend> {
  if (subtle && !forcePureJs) return webCrypto(subtle);
  fallbackLoads++;
  const { pureJsBackend } = await import('./static-crypto-fallback.js');
  return pureJsBackend;
}

/** Derives the file name and the key for a reference and its secret. */
export async function deriveLookup(reference: string, secret: string, meta: StaticMetadata, backend: CryptoBackend): Promise<DerivedLookup> {
  const password = new TextEncoder().encode(`${normalizeReference(reference)}\n${normalizeSecret(secret)}`);
  const bits = await backend.deriveBits(password, meta.salt, meta.iterations);
  return { key: bits.slice(0, 32), name: toHex(bits.slice(32, 48)) };
}

/**
 * Opens one file: its JSON envelope, then AES-GCM. A file that is not an envelope, or whose
 * tag does not match (changed on the host, truncated), is not valid: an error, not a crash.
 */
export async function openEnvelope(text: string, key: Uint8Array, backend: CryptoBackend): Promise<unknown> {
  let iv: Uint8Array;
  let ciphertext: Uint8Array;
  try {
    const envelope = JSON.parse(text) as { v?: unknown; iv?: unknown; ciphertext?: unknown };
    if (envelope.v !== 1 || typeof envelope.iv !== 'string' || typeof envelope.ciphertext !== 'string') throw new Error('not an envelope');
    iv = fromBase64(envelope.iv);
    ciphertext = fromBase64(envelope.ciphertext);
    if (iv.length !== 12 || ciphertext.length < 17) throw new Error('bad sizes');
  } catch {
    throw invalid('complaint file is not a valid envelope');
  }
  let plain: Uint8Array;
  try {
    plain = await backend.decrypt(key, iv, ciphertext);
  } catch {
    throw invalid('complaint file could not be decrypted: it was changed or damaged');
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  } catch {
    throw invalid('decrypted complaint is not JSON');
  }
}
