// A Decidim GraphQL API for the demo and the tests, built with the `graphql` package from the
// schemas in schema.js: it validates and executes queries as a real instance does (a
// misspelt field or a wrong nesting is refused with GraphQL errors), serves introspection,
// and answers with CORS for any origin, like Decidim.
import { buildSchema, graphql } from 'graphql';
import { SCHEMAS } from './schema.js';
import { component } from './data.js';

const built = new Map();
function schemaOf(version) {
  if (!built.has(version)) built.set(version, buildSchema(SCHEMAS[version]));
  return built.get(version);
}

/** Round trips per version, for the bench and the tests that count them. */
export const queriesServed = new Map();

const root = {
  component: ({ id }) => component(id),
  decidim: () => ({ version: '0.28.4', applicationName: 'Decidim demo' }),
};

/** Executes one POSTed body `{ query, variables }` against a version's schema. */
export async function executeDecidim(version, body) {
  const schema = SCHEMAS[version] ? schemaOf(version) : undefined;
  if (!schema) return { status: 404, body: { errors: [{ message: `unknown Decidim version ${version}` }] } };
  let request;
  try {
    request = JSON.parse(body);
  } catch {
    return { status: 400, body: { errors: [{ message: 'Unexpected end of JSON input' }] } };
  }
  queriesServed.set(version, (queriesServed.get(version) ?? 0) + 1);
  const result = await graphql({ schema, source: String(request.query ?? ''), variableValues: request.variables ?? {}, rootValue: root });
  // graphql-ruby answers 200 with `errors` for invalid queries too.
  return { status: 200, body: result };
}
