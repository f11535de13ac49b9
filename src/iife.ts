/**
 * The classic-script build: `<script src="…/opengov-widgets.iife.js" data-api="…">`.
 * Exposes `window.OpenGovWidgets` (configure, version) and registers every element.
 */
import { configure, getConfig, version } from './index.js';

export { configure, getConfig, version };
