/** ES entry `dist/config.js`: the page configuration, shared by the loader and every widget module. */
export { configure, getConfig } from './core/config.js';
export type { OpenGovConfig } from './core/config.js';
