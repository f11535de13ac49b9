/**
 * Secret codes printed on complaint receipts: the one generator and the one strength rule,
 * shared by the data desk and `complaints publish` (through dist/node/complaints-crypto.mjs).
 *
 * Why 8 characters: the published folder can be downloaded and searched offline. At 210,000
 * PBKDF2-SHA-256 iterations one gaming GPU tries about 40,000 codes a second; with sequential
 * references a 6-digit code (10^6) falls in under a minute per reference, every file of a
 * folder in days. 8 characters from the 31 below (31^8 ≈ 8.5·10^11) take months per reference.
 */
import { normalizeSecret } from './static-crypto.js';

/** Digits and capitals without look-alikes (no 0/O, 1/I/L): read aloud or copied by hand safely. */
export const SECRET_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const SECRET_LENGTH = 8;
/** Shorter codes are refused outright (the contract: at least 6 letters or digits). */
export const MIN_SECRET_LENGTH = 6;
/** Below this estimated strength (8 generated characters give 39.6 bits) a code is weak. */
export const MIN_SECRET_BITS = 36;

export type SecretWeakness = 'too-short' | 'weak';

/** A new code, `XXXX-XXXX` (the hyphen only helps reading; it does not count). */
export function generateSecret(random: (bytes: Uint8Array) => Uint8Array = (b) => globalThis.crypto.getRandomValues(b)): string {
  const n = SECRET_ALPHABET.length;
  // Rejection sampling: bytes at or above the largest multiple of n would bias the first letters.
  const limit = 256 - (256 % n);
  for (;;) {
    let code = '';
    while (code.length < SECRET_LENGTH) {
      for (const byte of random(new Uint8Array(16))) {
        if (byte < limit && code.length < SECRET_LENGTH) code += SECRET_ALPHABET[byte % n];
      }
    }
    // A draw of digits only (odds about 2 in 100,000) would itself be weak: draw again.
    if (!secretWeakness(code)) return `${code.slice(0, 4)}-${code.slice(4)}`;
  }
}

/** Estimated bits of a code typed by a person: its length times the size of the character classes it uses. */
export function secretBits(code: string): number {
  const text = normalizeSecret(code);
  if (!text) return 0;
  let classes = 0;
  if (/\p{Nd}/u.test(text)) classes += 10;
  if (/\p{L}/u.test(text)) classes += 26;
  if (/[^\p{Nd}\p{L}]/u.test(text)) classes += 32;
  // One character repeated, or a run like 12345678 / ABCDEFGH, is guessed first.
  const codes = [...text].map((c) => c.codePointAt(0) ?? 0);
  const steps = new Set(codes.slice(1).map((c, i) => c - codes[i]));
  if (codes.length > 1 && steps.size === 1 && Math.abs([...steps][0]) <= 1) return Math.log2(classes * 2);
  return codes.length * Math.log2(classes);
}

/** `null` for a strong code; else why it is not (a reason code: callers word it in their language). */
export function secretWeakness(code: string): SecretWeakness | null {
  if ([...normalizeSecret(code)].length < MIN_SECRET_LENGTH) return 'too-short';
  return secretBits(code) < MIN_SECRET_BITS ? 'weak' : null;
}
