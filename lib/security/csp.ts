/**
 * The Content-Security-Policy of every page. Scripts run only with the per-request nonce (Next adds it to its
 * own scripts); styles allow inline because React and Leaflet set style attributes; map tiles are allowed only
 * from the host of MAP_TILE_URL when a deployment configures one.
 */
export function buildContentSecurityPolicy(options: {
  nonce: string;
  dev: boolean;
  tileUrl?: string;
}): string {
  const tileOrigin = tileOriginOf(options.tileUrl);
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': [
      "'self'",
      `'nonce-${options.nonce}'`,
      "'strict-dynamic'",
      ...(options.dev ? ["'unsafe-eval'"] : []),
    ],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...(tileOrigin ? [tileOrigin] : [])],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(options.dev ? ['ws:'] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

function tileOriginOf(tileUrl: string | undefined): string | undefined {
  if (!tileUrl) return undefined;
  try {
    const url = new URL(tileUrl.replace(/\{[a-z]\}/g, 'a'));
    return `${url.protocol}//${url.host.replace(/^a\./, '*.')}`;
  } catch {
    return undefined;
  }
}
