/**
 * The admin page's script: starts Sveltia CMS with the configuration the
 * build wrote into the page (`src/lib/cms/config.ts`), after registering the
 * format that keeps the data files' comments (`yaml-format.ts`).
 */
import CMS from '@sveltia/cms';
import type { CmsConfig } from '@sveltia/cms';
import { commentKeepingYaml } from './yaml-format.ts';

const source = document.getElementById('cms-config');
if (!source?.textContent) throw new Error('the admin page has no #cms-config');
const { config, yamlFormats } = JSON.parse(source.textContent) as {
  config: CmsConfig;
  yamlFormats: string[];
};

for (const format of yamlFormats) CMS.registerCustomFormat(format, 'yaml', commentKeepingYaml());
await CMS.init({ config });
