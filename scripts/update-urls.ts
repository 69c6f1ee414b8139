/**
 * `npm run urls:update`: adds every address the content now publishes to
 * content/published-urls.json. It only ever adds: an address, once published,
 * stays on the list, and `npm run check` holds the site to it (kept, or
 * redirected through content/redirects.yaml). Commit the file with the change
 * that published the new addresses, so reviewers see them in the diff.
 *
 *   node scripts/update-urls.ts [project folder]
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkContent } from '../src/lib/content-check/index.ts';
import { publishedAddresses } from '../src/lib/content-check/published-site.ts';
import { manifestFile, readManifest } from '../src/lib/content-check/rules/url-rules.ts';

const root = path.resolve(process.argv[2] ?? '.');
const previous = await readManifest(root);
const listed = 'addresses' in previous ? previous.addresses : [];
const { site } = await checkContent(root);
const added = publishedAddresses(site).filter((address) => !listed.includes(address));
const all = [...new Set([...listed, ...added])].sort();

await writeFile(path.join(root, manifestFile), `${JSON.stringify(all, null, 2)}\n`);
if (added.length > 0) {
  console.log(
    `게시 주소 ${added.length}개를 ${manifestFile}에 더했습니다 · Added ${added.length} address(es) to ${manifestFile}:\n` +
      added.map((address) => `  + ${address}`).join('\n'),
  );
} else {
  console.log(
    `새로 더할 주소가 없습니다 · Nothing to add: ${manifestFile} already lists every published address.`,
  );
}
