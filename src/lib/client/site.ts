/**
 * The site's one script: every page loads it (SiteScript.astro), and each part
 * acts only where its elements are, so a page makes a single request for all
 * of them. Search itself is loaded only when a reader starts searching.
 */
import { setUpSearch } from '../search/client/loader.ts';
import { sendToPreferredEdition } from './choose-locale.ts';
import { enhanceLanguageSwitch } from './language-switch.ts';
import { enhanceSharing } from './sharing.ts';

enhanceLanguageSwitch();
enhanceSharing();
setUpSearch();
sendToPreferredEdition();
