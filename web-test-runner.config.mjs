// Tests run in Debian's Chromium (never a downloaded browser), through Playwright.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { mockApi } from './demo/mock-api.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The demo's mock API, wrapped for the test server (Koa). */
function mockApiMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/api/')) return next();
  return new Promise((resolve, reject) => {
    ctx.respond = false;
    mockApi(ctx.req, ctx.res, () => {
      ctx.respond = true;
      next().then(resolve, reject);
    })
      .then(() => {
        if (!ctx.respond) ctx.res.once('finish', resolve);
      })
      .catch(reject);
  });
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 600_000,
  middleware: [mockApiMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
      },
    }),
  ],
  testFramework: { config: { timeout: 20_000 } },
};
