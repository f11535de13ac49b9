import { LoadError } from './loader.js';

/** JSON.parse that fails as an `invalid` LoadError (an HTML page, a cut-off file…), never a SyntaxError. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    console.warn('[opengov-widgets] the response is not JSON');
    throw new LoadError('invalid', 'invalid');
  }
}
