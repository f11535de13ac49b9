/** `https://x.org`, `https://x.org/` or `https://x.org/api` → the API's address (Decidim serves it at `/api`). Throws on what is not a URL. */
export function decidimEndpoint(instance: string): string {
  const url = new URL(instance);
  if (!/\/api\/?$/.test(url.pathname)) url.pathname = `${url.pathname.replace(/\/+$/, '')}/api`;
  return url.href;
}
