/**
 * Where the browser editor (`/admin/`) reads and writes the content: one
 * setting, CMS_REPOSITORY, the web address of the repository's branch as its
 * host shows it (README → Configuration). From it come the CMS's backend
 * (GitHub, GitLab, or Gitea/Forgejo; repository and branch) and the origins
 * the admin page's Content-Security-Policy must let it reach.
 *
 *   https://github.com/org/repo/tree/main          GitHub
 *   https://gitlab.com/group/repo/-/tree/main      GitLab (gitlab.com or self-hosted)
 *   https://git.example.kr/org/repo/src/branch/main   Gitea or Forgejo
 *
 * Without the branch part (`https://github.com/org/repo`), the CMS uses the
 * repository's default branch. Unset, the editor only works on a local copy
 * (the CMS's local repository mode, on http://localhost).
 */

export interface CmsRepository {
  backend: {
    name: 'github' | 'gitlab' | 'gitea';
    repo: string;
    branch?: string;
    api_root?: string;
    base_url?: string;
  };
  /** Origins the CMS calls (the host's API). */
  connectOrigins: string[];
  /** Origins of the signed-in user's avatar. */
  imageOrigins: string[];
}

/**
 * The backend when no repository is configured: local editing only, nothing
 * reachable. Gitea, because with it the CMS calls no status page of a
 * hosted service when it starts.
 */
export const localOnlyRepository: CmsRepository = {
  backend: { name: 'gitea', repo: 'local/new-electronics-declaration' },
  connectOrigins: [],
  imageOrigins: [],
};

function fail(value: string, why: string): never {
  throw new Error(
    `CMS_REPOSITORY=${value}: ${why}. Write the address of the branch as the host shows it, e.g. ` +
      'https://github.com/org/repo/tree/main, https://gitlab.com/group/repo/-/tree/main or ' +
      'https://git.example.kr/org/repo/src/branch/main (README → Configuration).',
  );
}

export function cmsRepository(value: string | undefined): CmsRepository {
  if (!value) return localOnlyRepository;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    fail(value, 'not an address');
  }
  if (url.protocol !== 'https:') fail(value, 'the address must start with https://');
  const path = url.pathname.replace(/\/+$/, '').replace(/\.git$/, '');
  const { origin, hostname } = url;

  /** The repository and the branch, from the address's path. */
  const parts = (pattern: RegExp, form: string) => {
    const [, repo, branch] = pattern.exec(path) ?? [];
    if (!repo) fail(value, `expected ${form}`);
    return { repo, ...(branch ? { branch } : {}) };
  };
  const selfHosted = (apiPath: string, publicHost: string) =>
    hostname === publicHost ? {} : { api_root: `${origin}${apiPath}`, base_url: origin };

  if (hostname === 'github.com') {
    return {
      backend: {
        name: 'github',
        ...parts(
          /^\/([^/]+\/[^/]+)(?:\/tree\/(.+))?$/,
          'https://github.com/<owner>/<repository>[/tree/<branch>]',
        ),
      },
      connectOrigins: ['https://api.github.com', 'https://www.githubstatus.com'],
      imageOrigins: ['https://avatars.githubusercontent.com'],
    };
  }
  if (hostname === 'gitlab.com' || path.includes('/-/tree/')) {
    return {
      backend: {
        name: 'gitlab',
        ...parts(
          /^\/([^/]+(?:\/[^/]+)+?)(?:\/-\/tree\/(.+))?$/,
          'https://<host>/<group>/<project>[/-/tree/<branch>]',
        ),
        ...selfHosted('/api/v4', 'gitlab.com'),
      },
      // gitlab.com's status page is asked whether the service is up.
      connectOrigins: hostname === 'gitlab.com' ? [origin, 'https://status-api.hostedstatus.com'] : [origin],
      imageOrigins: [origin, 'https://secure.gravatar.com'],
    };
  }
  if (hostname === 'gitea.com' || hostname === 'codeberg.org' || path.includes('/src/branch/')) {
    return {
      backend: {
        name: 'gitea',
        ...parts(
          /^\/([^/]+\/[^/]+)(?:\/src\/branch\/(.+))?$/,
          'https://<host>/<owner>/<repository>[/src/branch/<branch>]',
        ),
        ...selfHosted('/api/v1', 'gitea.com'),
      },
      connectOrigins: [origin],
      imageOrigins: [origin],
    };
  }
  return fail(value, `cannot tell which kind of host ${hostname} is`);
}
