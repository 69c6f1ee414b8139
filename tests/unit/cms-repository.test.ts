/** CMS_REPOSITORY, the one setting of the browser editor: the branch's web address gives backend, repository, branch and the origins its policy allows. */
import { describe, expect, it } from 'vitest';
import { cmsRepository, localOnlyRepository } from '../../src/lib/cms/repository.ts';

describe('CMS_REPOSITORY', () => {
  it('is GitHub for a github.com address, with the branch when it names one', () => {
    expect(cmsRepository('https://github.com/gyeongbuk/declaration/tree/main')).toEqual({
      backend: { name: 'github', repo: 'gyeongbuk/declaration', branch: 'main' },
      connectOrigins: ['https://api.github.com', 'https://www.githubstatus.com'],
      imageOrigins: ['https://avatars.githubusercontent.com'],
    });
    expect(cmsRepository('https://github.com/gyeongbuk/declaration.git').backend).toEqual({
      name: 'github',
      repo: 'gyeongbuk/declaration',
    });
  });

  it('is GitLab for gitlab.com or a /-/tree/ address, with the API of a self-hosted instance', () => {
    expect(cmsRepository('https://gitlab.com/group/sub/site/-/tree/edit').backend).toEqual({
      name: 'gitlab',
      repo: 'group/sub/site',
      branch: 'edit',
    });
    const own = cmsRepository('https://git.geri.re.kr/web/site/-/tree/main');
    expect(own.backend).toEqual({
      name: 'gitlab',
      repo: 'web/site',
      branch: 'main',
      api_root: 'https://git.geri.re.kr/api/v4',
      base_url: 'https://git.geri.re.kr',
    });
    expect(own.connectOrigins).toEqual(['https://git.geri.re.kr']);
  });

  it('is Gitea or Forgejo for a /src/branch/ address', () => {
    const forgejo = cmsRepository('https://code.example.kr/web/site/src/branch/main');
    expect(forgejo.backend).toEqual({
      name: 'gitea',
      repo: 'web/site',
      branch: 'main',
      api_root: 'https://code.example.kr/api/v1',
      base_url: 'https://code.example.kr',
    });
    expect(forgejo.connectOrigins).toEqual(['https://code.example.kr']);
  });

  it('leaves the editor to local copies when unset, reaching no other origin', () => {
    expect(cmsRepository(undefined)).toBe(localOnlyRepository);
    expect(localOnlyRepository.connectOrigins).toEqual([]);
  });

  it('explains an address it cannot read', () => {
    expect(() => cmsRepository('https://code.example.kr/web/site')).toThrow(/cannot tell which kind of host/);
    expect(() => cmsRepository('http://github.com/a/b')).toThrow(/https:\/\//);
    expect(() => cmsRepository('https://github.com/only-owner')).toThrow(
      /github\.com\/<owner>\/<repository>/,
    );
  });
});
