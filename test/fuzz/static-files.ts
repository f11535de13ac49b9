/**
 * Writes static-format complaint files in the browser (Web Crypto), the way the CLI does, so
 * that tests can make valid envelopes and then damage them.
 */
import { cryptoBackend, deriveLookup, MIN_ITERATIONS, parseMetadata } from '../../src/complaint-status/static-crypto.js';

export const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

export function folderIndex(salt = new Uint8Array(16).fill(7), iterations = MIN_ITERATIONS) {
  return { format: 'og-complaints-static', version: 1, kdf: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), cipher: 'AES-GCM-256' };
}

/** Encrypts `plain` (any text) with `key` into the JSON envelope. */
export async function sealText(plain: string, key: Uint8Array, iv = crypto.getRandomValues(new Uint8Array(12))): Promise<string> {
  const aes = await crypto.subtle.importKey('raw', key as BufferSource, 'AES-GCM', false, ['encrypt']);
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, aes, new TextEncoder().encode(plain) as BufferSource));
  return JSON.stringify({ v: 1, iv: toBase64(iv), ciphertext: toBase64(ciphertext) });
}

/** The file name and envelope of one complaint, as the CLI would publish it. */
export async function publish(reference: string, secret: string, complaint: unknown, index = folderIndex()): Promise<{ name: string; key: Uint8Array; envelope: string }> {
  const meta = parseMetadata(index);
  const { name, key } = await deriveLookup(reference, secret, meta, await cryptoBackend());
  return { name, key, envelope: await sealText(JSON.stringify(complaint), key) };
}
