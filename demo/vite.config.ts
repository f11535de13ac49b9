/**
 * The demo server (`npm start`): the project's vite.config.ts (root = the repo, mock API at
 * /api/…) plus one thing: files under /dist/ are sent exactly as built. Vite's dev server
 * otherwise rewrites every .js it serves as an ES module, which breaks the classic script
 * (dist/opengov-widgets.iife.js) that demo/webmaster.html loads the way a webmaster would.
 */
import { defineConfig, mergeConfig, type ConfigEnv, type Plugin, type UserConfig } from 'vite';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, normalize } from 'node:path';
import base from '../vite.config.ts';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

function rawDist(): Plugin {
  return {
    name: 'opengov-demo-raw-dist',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        if (!path.startsWith('/dist/') || !path.endsWith('.js')) return next();
        const file = join(DIST, normalize(path.slice('/dist/'.length)).replace(/^(\.\.[/\\])+/, ''));
        try {
          const body = await readFile(file);
          res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
          res.end(body);
        } catch {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
          res.end(`${path} not found: run npm run build (npm start does it first).`);
        }
      });
    },
  };
}

export default defineConfig(async (env: ConfigEnv) => {
  const resolved: UserConfig = typeof base === 'function' ? await base(env) : await base;
  return mergeConfig(resolved, { plugins: [rawDist()] });
});
