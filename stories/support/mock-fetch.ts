/**
 * A mock API inside the browser, for Storybook (dev and static builds alike): requests to
 * `/mock-api/<scenario>/<path>` are answered from data registered with `registerMockData`,
 * the way the demo's server-side mock API (demo/mock-api.js) answers `/api/<scenario>/<path>`.
 *
 *   demo     the data as registered        slow     after 3 s
 *   failing  503 every time                flaky    503 on every other request
 *   hang     never answers                 invalid  `invalid/<path>` if registered, else not JSON
 *   empty    `empty/<path>`
 *
 * Widgets with writes or lookups add routes with `registerMockRoute`.
 */
export type Scenario = 'demo' | 'slow' | 'failing' | 'flaky' | 'hang' | 'invalid' | 'empty';

export type MockRoute = (request: { method: string; url: URL; scenario: Scenario; path: string; body?: string; headers: Headers; count: number }) =>
  | Response
  | undefined
  | Promise<Response | undefined>;

const data = new Map<string, unknown>();
const routes: MockRoute[] = [];
const counts = new Map<string, number>();
const realFetch = window.fetch.bind(window);
let installed = false;

/** The base URL of a scenario, for a widget's `api` attribute. */
export const mockApi = (scenario: Scenario = 'demo') => `/mock-api/${scenario}/`;

/** Registers a document (object → JSON, string → as is) at `path`, e.g. `commitments.json`. */
export function registerMockData(path: string, body: unknown): void {
  data.set(path, body);
}

export function registerMockRoute(route: MockRoute): void {
  routes.push(route);
}

export const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function wait(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)));
  });
}

export function installMockFetch(): void {
  if (installed) return;
  installed = true;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
    const match = /\/mock-api\/([a-z]+)\/(.+)$/.exec(url.pathname);
    if (!match) return realFetch(input, init);
    const scenario = match[1] as Scenario;
    const path = decodeURIComponent(match[2]);
    const method = (init?.method ?? 'GET').toUpperCase();
    const key = `${scenario}:${method}:${path}`;
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    const signal = init?.signal;
    if (scenario === 'slow') await wait(3000, signal);
    if (scenario === 'hang') {
      await wait(24 * 3600 * 1000, signal);
    }
    if (scenario === 'failing' || (scenario === 'flaky' && count % 2 === 1)) return jsonResponse(503, { error: 'unavailable' }, { 'retry-after': '2' });
    for (const route of routes) {
      const answer = await route({ method, url, scenario, path, body: typeof init?.body === 'string' ? init.body : undefined, headers: new Headers(init?.headers), count });
      if (answer) return answer;
    }
    const stored = data.get(scenario === 'empty' ? `empty/${path}` : scenario === 'invalid' ? `invalid/${path}` : path);
    if (stored === undefined) return scenario === 'invalid' ? jsonResponse(200, '{"this is": not JSON') : jsonResponse(404, { error: 'not found' });
    const type = path.endsWith('.csv') ? 'text/csv' : path.endsWith('.ics') ? 'text/calendar' : 'application/json';
    return new Response(typeof stored === 'string' ? stored : JSON.stringify(stored), { status: 200, headers: { 'content-type': type } });
  };
}
