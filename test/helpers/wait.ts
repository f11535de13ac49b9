import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/**
 * How long a test waits for something before it fails: 45 s, under the tests' own 60 s. It is a
 * bound, never a wait (a test goes on as soon as the condition holds), so it costs nothing when
 * the code works; on two cores kept busy, a pure-JS key derivation took more than 15 s.
 */
export const WAIT_BOUND_MS = 45_000;

/**
 * @open-wc/testing's `waitUntil` with the project's bound instead of its 1 s default: on a shared,
 * busy machine a fetch and a render can take longer than that, and the test failed for nothing.
 */
export function waitUntil(condition: () => unknown, message?: string): Promise<void> {
  return openWcWaitUntil(condition, message, { timeout: WAIT_BOUND_MS });
}
