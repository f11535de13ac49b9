/**
 * opengov-widgets: embeddable open-government widgets.
 * ES entry for bundler users; importing it registers every `og-*` element.
 */
import { configure, getConfig, readScriptConfig } from './core/config.js';

export { configure, getConfig } from './core/config.js';
export type { OpenGovConfig } from './core/config.js';
export { safeUrl } from './core/safe-url.js';
export { resolveText } from './core/localized-text.js';
export * from './commitment-tracker/index.js';
export * from './budget-chart/index.js';
export * from './proposal-form/index.js';
export * from './consultation-calendar/index.js';
export * from './complaint-status/index.js';
export * from './proposal-outcomes/index.js';
export * from './poll/index.js';

export const version = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

// A page-level default from the script tag that loaded us (`data-api`, `data-locale`).
const fromScript = readScriptConfig();
if (Object.keys(fromScript).length) configure({ ...fromScript, ...getConfig() });
