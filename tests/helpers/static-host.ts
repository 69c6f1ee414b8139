/**
 * A production-like static host for the hosting tests: serves dist/ as files
 * (sirv, no dev conveniences), adds the headers `_headers` gives each path the
 * way Netlify and Cloudflare Pages read that file (an exact path, or a prefix
 * ending in `*`; every matching rule applies, see `headersFor`), and answers
 * an unknown address with `404.html` and status 404. With `{ redirects: true }`
 * it also applies `_redirects` the way Netlify reads it (below); without, it is
 * a host that ignores that file and serves the redirect pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

type HeaderRules = [pattern: string, headers: [name: string, value: string][]][];

export function readHeaderRules(file: string): HeaderRules {
  return readFileSync(file, 'utf8')
    .trim()
    .split(/\n\s*\n/)
    .map((block) => {
      const [pattern = '', ...lines] = block.split('\n');
      const headers = lines.map((line) => {
        const at = line.indexOf(':');
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()] as [string, string];
      });
      return [pattern.trim(), headers];
    });
}

/**
 * The headers of every rule that matches, in the file's order; a header that
 * two rules give is sent with both values joined by a comma, as Cloudflare
 * Pages sends it (two Content-Security-Policies joined so are both enforced).
 */
export function headersFor(rules: HeaderRules, pathname: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const [pattern, list] of rules) {
    const matches = pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
    if (!matches) continue;
    for (const [name, value] of list) {
      const known = [...headers.keys()].find((key) => key.toLowerCase() === name.toLowerCase());
      headers.set(known ?? name, known === undefined ? value : `${headers.get(known)}, ${value}`);
    }
  }
  return headers;
}

export interface RedirectRule {
  from: string;
  to: string;
  status: string;
}

export function readRedirectRules(file: string): RedirectRule[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [from = '', to = '', status = '301'] = line.split(/\s+/);
      return { from, to, status };
    });
}

/**
 * Netlify's reading of `_redirects`: the first rule for the path decides, and
 * an ordinary rule gives way to a file that exists, a forced one (`301!`) does not.
 */
export function netlifyRedirect(
  rules: readonly RedirectRule[],
  pathname: string,
  fileExists: boolean,
): RedirectRule | undefined {
  const rule = rules.find(({ from }) => from === pathname);
  return rule && (rule.status.endsWith('!') || !fileExists) ? rule : undefined;
}

export async function startStaticHost(
  distDir: string,
  options: { redirects?: boolean } = {},
): Promise<{ origin: string; close: () => Promise<void> }> {
  const rules = readHeaderRules(path.join(distDir, '_headers'));
  const redirectRules = options.redirects ? readRedirectRules(path.join(distDir, '_redirects')) : [];
  /** The rules' headers win over the file server's own, as a host's configuration does. */
  const withRules = (response: ServerResponse, pathname: string) => {
    const writeHead = response.writeHead.bind(response) as (
      status: number,
      headers?: OutgoingHttpHeaders,
    ) => ServerResponse;
    const extra = Object.fromEntries(headersFor(rules, pathname));
    response.writeHead = ((status: number, headers?: OutgoingHttpHeaders) =>
      writeHead(status, { ...headers, ...extra })) as ServerResponse['writeHead'];
  };
  const files = sirv(distDir, { dev: false, etag: true });
  const notFound = readFileSync(path.join(distDir, '404.html'));
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://host');
    const fileExists = existsSync(path.join(distDir, pathname, pathname.endsWith('/') ? 'index.html' : ''));
    const redirect = netlifyRedirect(redirectRules, pathname, fileExists);
    withRules(response, pathname);
    if (redirect) {
      response.writeHead(Number.parseInt(redirect.status, 10), { Location: redirect.to });
      response.end();
      return;
    }
    files(request, response, () => {
      withRules(response, '/404.html');
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('the static host has no address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
