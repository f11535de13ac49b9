/**
 * Pure-JS PBKDF2-SHA-256 and AES-GCM (@noble/hashes, @noble/ciphers: audited, dependency-free),
 * for pages where Web Crypto is missing (`crypto.subtle` exists only in secure contexts, so a
 * commune site on plain http has none). Imported on demand only: it never weighs on other pages.
 */
import { pbkdf2Async } from '@noble/hashes/pbkdf2.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { gcm } from '@noble/ciphers/aes.js';
import type { CryptoBackend } from './static-crypto.js';

export const pureJsBackend: CryptoBackend = {
  deriveBits: (password, salt, iterations) => pbkdf2Async(sha256, password, salt, { c: iterations, dkLen: 64, asyncTick: 20 }),
  decrypt: async (key, iv, ciphertext) => gcm(key, iv).decrypt(ciphertext),
};
