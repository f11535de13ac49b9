import { proposalsRoute } from './proposals.js';
import { complaintsRoute } from './complaints.js';
import { decidimRoute } from './decidim.js';
import { pollsRoute } from './polls.js';
// Routes that widgets add to the mock API (POST proposals, complaint lookups, …). Each route
// gets { req, res, url, scenario, path, count } and returns true when it answered.
export const routes = [];
routes.push(proposalsRoute);
routes.push(complaintsRoute);
routes.push(decidimRoute);
routes.push(pollsRoute);
