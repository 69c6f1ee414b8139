/**
 * The colour tokens of src/styles/global.css, read from the stylesheet itself
 * so that images made at build time (the preview cards) use the same
 * colours as the pages: light values from `@theme`, dark ones from the
 * `prefers-color-scheme: dark` block.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Read from the project root, where `astro build` and the tests run. */
const stylesheetFile = 'src/styles/global.css';

export type ColourScheme = 'light' | 'dark';
export type ColourTokens = Record<ColourScheme, Record<string, string>>;

function colours(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--color-([\w-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)].map((match) => [match[1], match[2]]),
  );
}

export function colourTokens(css: string = readFileSync(path.resolve(stylesheetFile), 'utf8')): ColourTokens {
  const themeStart = css.indexOf('@theme');
  const darkStart = css.indexOf('prefers-color-scheme: dark');
  if (themeStart < 0 || darkStart < 0) {
    throw new Error(`${stylesheetFile}: expected an @theme block and a prefers-color-scheme: dark block`);
  }
  return {
    light: colours(css.slice(themeStart, css.indexOf('}', themeStart))),
    dark: colours(css.slice(darkStart, css.indexOf('}', darkStart))),
  };
}

/** One colour token in one scheme, e.g. `colour('accent', 'dark')`. */
export function colour(name: string, scheme: ColourScheme, tokens: ColourTokens = colourTokens()): string {
  const value = tokens[scheme][name];
  if (!value) throw new Error(`${stylesheetFile} defines no --color-${name} for the ${scheme} scheme`);
  return value;
}
