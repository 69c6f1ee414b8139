/**
 * The site's security policy, in one place: the Content-Security-Policy every
 * page carries (as a `<meta>` for hosts that ignore headers, and in the
 * `_headers` file for hosts that read it) and the other response headers.
 * The site loads nothing from other origins and has no inline scripts or
 * styles, so the policy needs no hashes. Search runs Pagefind's WebAssembly,
 * hence 'wasm-unsafe-eval'.
 *
 * The browser editor at /admin/ has a policy of its own: Sveltia CMS sets
 * styles inline, shows blob: and data: images, and talks to the Git host's
 * API (the origins come from CMS_REPOSITORY, src/lib/cms/repository.ts).
 */
import type { CmsRepository } from './cms/repository.ts';

type Policy = Record<string, string[]>;

const policy: Policy = {
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

function serialise(of: Policy, include: (directive: string) => boolean): string {
  return Object.entries(of)
    .filter(([directive]) => include(directive))
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/** The policy as a response header. */
export const contentSecurityPolicy = serialise(policy, () => true);

/** The policy as `<meta http-equiv>`: the same, less what a meta element cannot carry. */
export const contentSecurityPolicyMeta = serialise(policy, (directive) => !headerOnly.has(directive));

/** Where the browser editor lives, below the base path, and the script its page loads (src/integrations/admin-script.ts). */
export const adminPath = '/admin/';
export const adminScript = `${adminPath}cms.js`;

function adminPolicy(repository: CmsRepository): Policy {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...repository.imageOrigins],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", 'data:', 'blob:', ...repository.connectOrigins],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}

/** The editor's policy as a response header. */
export const adminContentSecurityPolicy = (repository: CmsRepository) =>
  serialise(adminPolicy(repository), () => true);

/** The editor's policy as `<meta http-equiv>`. */
export const adminContentSecurityPolicyMeta = (repository: CmsRepository) =>
  serialise(adminPolicy(repository), (directive) => !headerOnly.has(directive));

/** Headers for every response (the Content-Security-Policy goes by path, see `headersFile`). */
export const securityHeaders: Record<string, string> = {
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

/** Text files are UTF-8 whatever the host would guess (the declaration's Korean copies, for one). */
function textType(path: string): Record<string, string> {
  if (path.endsWith('.txt')) return { 'Content-Type': 'text/plain; charset=utf-8' };
  if (path.endsWith('.md')) return { 'Content-Type': 'text/markdown; charset=utf-8' };
  return {};
}

/**
 * The `_headers` file (Netlify, Cloudflare Pages and others): the security
 * headers on every path; a year for hashed assets; five minutes for each page
 * and for the search index and open data. Hosts apply the headers of every
 * rule that matches a path, and join two values of one header with a comma:
 * two Content-Security-Policies would both be enforced. So the readers' policy
 * goes to each top-level file and folder of the site but the editor's
 * (`topLevel`, e.g. `/ko/`, `/og/`, `/404.html`; `/` for the root page) and
 * the editor's policy to /admin/ only; and pages are listed one by one for
 * their caching, never with `/*`, which would reach the hashed assets.
 */
export function headersFile(
  basePath: string,
  pagePaths: readonly string[],
  topLevel: readonly string[],
  repository: CmsRepository,
): string {
  const prefix = basePath.replace(/\/+$/, '');
  const block = (path: string, headers: Record<string, string>) =>
    [`${prefix}${path}`, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const readers = { 'Content-Security-Policy': contentSecurityPolicy };
  return `${[
    block('/*', securityHeaders),
    ...['/', ...topLevel]
      .filter((path) => path !== adminPath)
      .sort()
      .map((path) => block(path.endsWith('/') && path !== '/' ? `${path}*` : path, readers)),
    block(`${adminPath}*`, {
      'Content-Security-Policy': adminContentSecurityPolicy(repository),
      'X-Robots-Tag': 'noindex',
    }),
    block('/_astro/*', { 'Cache-Control': cacheControl.hashed }),
    // The editor's chunks and the files it ships carry a hash in their names too.
    block(`${adminPath}chunks/*`, { 'Cache-Control': cacheControl.hashed }),
    block(`${adminPath}assets/*`, { 'Cache-Control': cacheControl.hashed }),
    block('/pagefind/*', { 'Cache-Control': cacheControl.page }),
    block('/data/*', { 'Cache-Control': cacheControl.page }),
    ...[...pagePaths]
      .sort()
      .map((path) => block(path, { 'Cache-Control': cacheControl.page, ...textType(path) })),
  ].join('\n\n')}\n`;
}
