/**
 * The site's security policy, in one place: the Content-Security-Policy every
 * page carries (as a `<meta>` for hosts that ignore headers, and in the
 * `_headers` file for hosts that read it) and the other response headers.
 * The site loads nothing from other origins and has no inline scripts or
 * styles, so the policy needs no hashes. Search runs Pagefind's WebAssembly,
 * hence 'wasm-unsafe-eval'.
 */
const policy: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // Only honoured as a header; browsers ignore (and warn about) it in <meta>.
  'frame-ancestors': ["'none'"],
};

const headerOnly = new Set(['frame-ancestors']);

function serialise(include: (directive: string) => boolean): string {
  return Object.entries(policy)
    .filter(([directive]) => include(directive))
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/** The policy as a response header. */
export const contentSecurityPolicy = serialise(() => true);

/** The policy as `<meta http-equiv>`: the same, less what a meta element cannot carry. */
export const contentSecurityPolicyMeta = serialise((directive) => !headerOnly.has(directive));

/** Headers for every response. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
};

/** How long browsers and CDNs may keep a response. */
export const cacheControl = {
  /** Files whose names carry a hash of their content never change. */
  hashed: 'public, max-age=31536000, immutable',
  /** Pages and data change when an editor publishes: check again after five minutes. */
  page: 'public, max-age=300, must-revalidate',
};

/**
 * The `_headers` file (Netlify, Cloudflare Pages and others): the security
 * headers on every path; a year for hashed assets; five minutes for each page
 * and for the search index and open data. Pages are listed one by one rather
 * than with `/*`, because hosts merge the headers of every rule that matches
 * and a page rule must never reach the hashed assets.
 */
/** Text files are UTF-8 whatever the host would guess (the declaration's Korean copies, for one). */
function textType(path: string): Record<string, string> {
  if (path.endsWith('.txt')) return { 'Content-Type': 'text/plain; charset=utf-8' };
  if (path.endsWith('.md')) return { 'Content-Type': 'text/markdown; charset=utf-8' };
  return {};
}

export function headersFile(basePath: string, pagePaths: readonly string[]): string {
  const prefix = basePath.replace(/\/+$/, '');
  const block = (path: string, headers: Record<string, string>) =>
    [`${prefix}${path}`, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${[
    block('/*', securityHeaders),
    block('/_astro/*', { 'Cache-Control': cacheControl.hashed }),
    block('/pagefind/*', { 'Cache-Control': cacheControl.page }),
    block('/data/*', { 'Cache-Control': cacheControl.page }),
    ...[...pagePaths]
      .sort()
      .map((path) => block(path, { 'Cache-Control': cacheControl.page, ...textType(path) })),
  ].join('\n\n')}\n`;
}
