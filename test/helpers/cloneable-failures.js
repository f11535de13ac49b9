// Loaded before every test file (web-test-runner.config.mjs, testRunnerHtml).
//
// @web/test-runner sends a failed assertion's `actual` and `expected` to Node through
// structuredClone. A DOM element cannot be cloned, so a failing `expect(el).to.equal(other)`
// threw a DataCloneError in the page and the whole run hung until testsFinishTimeout instead of
// reporting the failure (modernweb-dev/web#2967; it hid the proposal form's focus bug). Here a
// value that cannot be cloned is sent as its description instead: the failure is reported.
const clone = globalThis.structuredClone.bind(globalThis);

function describe(value) {
  if (typeof Node !== 'undefined' && value instanceof Node) {
    if (value instanceof Element) {
      const id = value.id ? `#${value.id}` : '';
      const cls = typeof value.className === 'string' && value.className ? `.${value.className.trim().split(/\s+/).join('.')}` : '';
      return `<${value.localName}${id}${cls}>`;
    }
    return `[${value.nodeName}]`;
  }
  return String(value);
}

function cloneable(value, seen = new Map()) {
  if (value === null || typeof value !== 'object') return typeof value === 'function' ? describe(value) : value;
  if (seen.has(value)) return seen.get(value);
  if ((typeof Node !== 'undefined' && value instanceof Node) || value === globalThis) return describe(value);
  try {
    return clone(value);
  } catch {
    // Only what fails to clone is described; the rest is kept as it is.
  }
  const copy = Array.isArray(value) ? [] : {};
  seen.set(value, copy);
  for (const key of Object.keys(value)) copy[key] = cloneable(value[key], seen);
  if (value instanceof Error) {
    copy.name = value.name;
    copy.message = value.message;
    copy.stack = value.stack;
  }
  return copy;
}

globalThis.structuredClone = (value, options) => {
  try {
    return clone(value, options);
  } catch (error) {
    if (!(error instanceof DOMException) || error.name !== 'DataCloneError') throw error;
    return clone(cloneable(value), options);
  }
};
